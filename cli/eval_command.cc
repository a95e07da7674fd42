// `acta eval conll FILE`: POS accuracy, chunk F1 and entity F1 on a CoNLL-2003 file.
#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <cstdio>
#include <memory>

#include "acta/training.h"
#include "commands.h"

namespace acta::cli {

void RegisterEval(CLI::App& app, GlobalOptions& global) {
  CLI::App* eval = app.add_subcommand("eval", "measure acta against hand-coded data");
  eval->require_subcommand(1);
  RegisterEvalSuites(eval, global);
  RegisterEvalGeo(eval, global);
  auto path = std::make_shared<std::string>();
  CLI::App* conll = eval->add_subcommand(
      "conll", "score the tagger, chunker and entity recogniser on a CoNLL-2003 file");
  conll->add_option("FILE", *path, "CoNLL-2003 file (word POS chunk NER)")->required();
  auto confusions = std::make_shared<size_t>(0);
  auto predictions_path = std::make_shared<std::string>();
  conll->add_option("--predictions", *predictions_path,
                    "write each token's gold and predicted tags here (conlleval input)");
  conll->add_option("--confusions", *confusions, "also list the N most frequent POS errors");
  auto given_pos = std::make_shared<bool>(false);
  conll->add_flag("--given-pos", *given_pos,
                  "give the chunker and entity recogniser the file's own POS tags instead of "
                  "the tagger's, to score them apart from its errors");
  conll->callback([path, confusions, predictions_path, given_pos, &global] {
    AnalyzerOptions options;
    if (!global.data_dir.empty()) options.model_dir = global.data_dir + "/models";
    options.wordnet_dir = global.wordnet_dir;
    std::string predictions;
    Result<ConllEvaluation> e =
        EvaluateConllFile(*path, options, predictions_path->empty() ? nullptr : &predictions,
                          *given_pos ? ConllPos::kGiven : ConllPos::kTagged);
    if (!e.ok()) {
      std::fprintf(stderr, "acta eval conll: %s\n", e.status().ToString().c_str());
      global.exit_code = e.status().code() == Status::Code::kIoError ? kExitInput : kExitData;
      return;
    }
    if (!predictions_path->empty()) {
      std::FILE* f = std::fopen(predictions_path->c_str(), "wb");
      if (f == nullptr ||
          std::fwrite(predictions.data(), 1, predictions.size(), f) != predictions.size()) {
        std::fprintf(stderr, "acta eval conll: cannot write %s\n", predictions_path->c_str());
        global.exit_code = kExitFailure;
      }
      if (f != nullptr) std::fclose(f);
    }
    fmt::print("documents: {}\nsentences: {}\ntokens: {}\n", e->documents, e->sentences, e->tokens);
    fmt::print("pos_accuracy: {:.4f}\n", e->pos_accuracy);
    fmt::print("chunk_precision: {:.4f}\nchunk_recall: {:.4f}\nchunk_f1: {:.4f}\n",
               e->chunk.precision, e->chunk.recall, e->chunk.f1);
    fmt::print("ner_precision: {:.4f}\nner_recall: {:.4f}\nner_f1: {:.4f}\n", e->entity.precision,
               e->entity.recall, e->entity.f1);
    for (const auto& [type, f] : e->entity_by_type) {
      fmt::print("ner_f1_{}: {:.4f}  (gold {}, predicted {}, correct {})\n", type, f.f1, f.gold,
                 f.predicted, f.correct);
    }
    for (size_t i = 0; i < *confusions && i < e->pos_confusions.size(); ++i) {
      const auto& [gold, got, count] = e->pos_confusions[i];
      fmt::print("pos_error: {} tagged {}: {}\n", gold, got, count);
    }
  });
}

}  // namespace acta::cli
