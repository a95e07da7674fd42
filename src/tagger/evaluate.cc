#include "tagger/evaluate.h"

#include <algorithm>

#include "acta/training.h"
#include "lemma/lemmatizer.h"

namespace acta {

std::vector<LabeledSpan> ExtractSpans(const std::vector<std::string_view>& labels) {
  std::vector<LabeledSpan> spans;
  bool open = false;
  LabeledSpan cur;
  auto close = [&](size_t end) {
    if (!open) return;
    cur.end = end;
    spans.push_back(cur);
    open = false;
  };
  for (size_t i = 0; i < labels.size(); ++i) {
    std::string_view l = labels[i];
    char p = l.empty() ? 'O' : l[0];
    std::string_view type = l.size() > 2 && l[1] == '-' ? l.substr(2) : std::string_view();
    if (p == 'O' || type.empty()) {
      close(i);
      continue;
    }
    bool starts = p == 'B' || p == 'U' || p == 'S' || !open || cur.type != type;
    if (starts) {
      close(i);
      cur = LabeledSpan{i, i, std::string(type)};
      open = true;
    }
    if (p == 'L' || p == 'U' || p == 'S' || p == 'E') close(i + 1);
  }
  close(labels.size());
  return spans;
}

void SpanScore::Add(const std::vector<LabeledSpan>& gold_spans,
                    const std::vector<LabeledSpan>& pred_spans) {
  gold += gold_spans.size();
  predicted += pred_spans.size();
  for (const LabeledSpan& p : pred_spans) {
    if (std::find(gold_spans.begin(), gold_spans.end(), p) != gold_spans.end()) ++correct;
  }
}

ConllScores EvaluateConll(const Tagger& tagger, const std::vector<ConllDocument>& docs,
                          std::string* predictions, const std::vector<uint16_t>* given_pos) {
  ConllScores scores;
  DocumentTags tags;
  std::vector<std::string_view> forms;
  std::vector<uint32_t> starts;
  std::vector<std::string_view> gold, pred;
  size_t doc_start = 0;  // index of the document's first token among all documents
  for (const ConllDocument& doc : docs) {
    forms.clear();
    starts.clear();
    for (const ConllSentence& s : doc.sentences) {
      starts.push_back(static_cast<uint32_t>(forms.size()));
      for (const std::string& w : s.words) forms.push_back(w);
    }
    starts.push_back(static_cast<uint32_t>(forms.size()));
    tagger.TagDocument(forms.data(), starts, &tags,
                       given_pos ? given_pos->data() + doc_start : nullptr);
    doc_start += forms.size();
    size_t base = 0;
    for (const ConllSentence& s : doc.sentences) {
      const size_t n = s.words.size();
      ++scores.sentences;
      scores.tokens += n;
      for (size_t i = 0; i < n; ++i) {
        std::string_view got = tagger.pos().label(tags.pos[base + i]);
        if (got == s.pos[i]) {
          ++scores.pos_correct;
        } else {
          ++scores.pos_confusions[{s.pos[i], std::string(got)}];
        }
      }
      auto score = [&](const std::vector<std::string>& key, const std::vector<uint16_t>& got,
                       const SequenceModel& model, SpanScore* total,
                       std::map<std::string, SpanScore>* by_type) {
        gold.assign(key.begin(), key.end());
        pred.clear();
        for (size_t i = 0; i < n; ++i) pred.push_back(model.label(got[base + i]));
        std::vector<LabeledSpan> g = ExtractSpans(gold), p = ExtractSpans(pred);
        total->Add(g, p);
        if (!by_type) return;
        for (const LabeledSpan& span : g) (*by_type)[span.type].gold++;
        for (const LabeledSpan& span : p) {
          (*by_type)[span.type].predicted++;
          if (std::find(g.begin(), g.end(), span) != g.end()) (*by_type)[span.type].correct++;
        }
      };
      score(s.chunk, tags.chunk, tagger.chunk(), &scores.chunk, nullptr);
      score(s.ner, tags.entity, tagger.entity(), &scores.entity, &scores.entity_by_type);
      if (predictions) {
        std::vector<LabeledSpan> spans = ExtractSpans(pred);  // pred holds the entity labels
        std::vector<std::string> iob(n, "O");
        for (const LabeledSpan& sp : spans) {
          for (size_t i = sp.begin; i < sp.end; ++i) {
            iob[i] = (i == sp.begin ? "B-" : "I-") + sp.type;
          }
        }
        for (size_t i = 0; i < n; ++i) {
          *predictions += s.words[i] + ' ' + s.pos[i] + ' ' +
                          std::string(tagger.pos().label(tags.pos[base + i])) + ' ' + s.chunk[i] +
                          ' ' + std::string(tagger.chunk().label(tags.chunk[base + i])) + ' ' +
                          s.ner[i] + ' ' + iob[i] + '\n';
        }
        *predictions += '\n';
      }
      base += n;
    }
  }
  return scores;
}

}  // namespace acta

namespace acta {
namespace {

SpanFigures Figures(const SpanScore& s) {
  SpanFigures f;
  f.gold = s.gold;
  f.predicted = s.predicted;
  f.correct = s.correct;
  f.precision = s.Precision();
  f.recall = s.Recall();
  f.f1 = s.F1();
  return f;
}

}  // namespace

Result<ConllEvaluation> EvaluateConllFile(const std::string& path, const AnalyzerOptions& options,
                                          std::string* predictions, ConllPos pos) {
  std::string model_dir =
      options.model_dir.empty() ? DefaultDataDir() + "/models" : options.model_dir;
  Result<std::shared_ptr<const Lemmatizer>> wordnet = Lemmatizer::Load(options.wordnet_dir);
  if (!wordnet.ok()) return wordnet.status();
  Result<std::shared_ptr<const Tagger>> tagger = Tagger::Load(model_dir, *wordnet);
  if (!tagger.ok()) return tagger.status();
  std::vector<std::string> warnings;
  Result<std::vector<ConllDocument>> docs = ReadConllFile(path, &warnings);
  if (!docs.ok()) return docs.status();
  std::vector<uint16_t> given;
  if (pos == ConllPos::kGiven) {
    for (const ConllDocument& doc : *docs) {
      for (const ConllSentence& sentence : doc.sentences) {
        for (const std::string& tag : sentence.pos) {
          int id = (*tagger)->pos().LabelId(tag);
          if (id < 0) {
            return Status::InvalidArgument(path + ": POS tag '" + tag +
                                           "' is not one the tagger's model has");
          }
          given.push_back(static_cast<uint16_t>(id));
        }
      }
    }
  }
  ConllScores s =
      EvaluateConll(**tagger, *docs, predictions, pos == ConllPos::kGiven ? &given : nullptr);
  ConllEvaluation e;
  e.documents = docs->size();
  e.sentences = s.sentences;
  e.tokens = s.tokens;
  e.pos_accuracy = s.PosAccuracy();
  e.chunk = Figures(s.chunk);
  e.entity = Figures(s.entity);
  for (const auto& [type, score] : s.entity_by_type) e.entity_by_type[type] = Figures(score);
  for (const auto& [pair, count] : s.pos_confusions) {
    e.pos_confusions.emplace_back(pair.first, pair.second, count);
  }
  std::stable_sort(e.pos_confusions.begin(), e.pos_confusions.end(),
                   [](const auto& a, const auto& b) { return std::get<2>(a) > std::get<2>(b); });
  return e;
}

}  // namespace acta
