// Splits one line of a tab-separated test data file into its fields: the
// library's SplitTabs (common/tsv.h), which the tests' readers share.
#ifndef ACTA_TESTS_TSV_FIELDS_H_
#define ACTA_TESTS_TSV_FIELDS_H_

#include "common/tsv.h"

#endif  // ACTA_TESTS_TSV_FIELDS_H_
