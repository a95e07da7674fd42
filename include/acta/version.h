#ifndef ACTA_VERSION_H_
#define ACTA_VERSION_H_

namespace acta {

// acta's version, "MAJOR.MINOR.PATCH".
const char* Version();

}  // namespace acta

#endif  // ACTA_VERSION_H_
