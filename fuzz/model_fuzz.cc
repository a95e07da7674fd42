// Fuzzes the model loader: a damaged model file must be rejected with a
// Status, never read out of bounds; a model that loads must tag safely.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "tagger/sequence_model.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  acta::Result<acta::SequenceModel> model = acta::SequenceModel::Deserialize(bytes);
  if (!model.ok()) return 0;
  std::vector<acta::WordFeatures> words(3);
  for (size_t i = 0; i < words.size(); ++i) {
    acta::ComputeWordFeatures(i == 1 ? "Tehran" : "the", &words[i]);
  }
  std::vector<uint64_t> hashes(words.size(), 0), context(words.size() * 8, 0);
  acta::SentenceInput in;
  in.words = words.data();
  in.pos = hashes.data();
  in.chunk = hashes.data();
  in.context = context.data();
  in.context_width = 6;
  in.size = words.size();
  std::vector<uint16_t> ids(words.size());
  std::vector<uint64_t> out(words.size());
  model->Tag(in, ids.data(), out.data());
  return 0;
}
