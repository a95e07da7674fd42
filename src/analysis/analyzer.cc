// The analysis pipeline: sentences -> tokens -> tags, chunks, entities -> lemmas.
#include <unicode/unistr.h>

#include <string>
#include <vector>

#include "acta/analysis.h"
#include "lemma/lemmatizer.h"
#include "sentence/sentence_splitter.h"
#include "tagger/evaluate.h"
#include "tagger/tagger.h"
#include "token/tokenizer.h"

namespace acta {
namespace {

// Per-thread scratch, so that Analyze is const and allocation-free in steady state.
struct Scratch {
  std::vector<ByteRange> ranges;
  std::vector<std::string_view> forms;
  std::vector<uint32_t> starts;
  std::vector<std::string_view> labels;
  DocumentTags tags;
  std::string lower;
};

class AnalyzerImpl final : public Analyzer {
 public:
  AnalyzerImpl(std::unique_ptr<SentenceSplitter> splitter, std::shared_ptr<const Tagger> tagger,
               std::shared_ptr<const Lemmatizer> lemmatizer)
      : splitter_(std::move(splitter)),
        tagger_(std::move(tagger)),
        lemmatizer_(std::move(lemmatizer)) {
    // Entity labels are BILOU inside the model; users see IOB2.
    const SequenceModel& ent = tagger_->entity();
    for (size_t i = 0; i < ent.num_labels(); ++i) {
      std::string_view l = ent.label(i);
      std::string iob(l);
      if (l.size() > 2 && (l[0] == 'U' || l[0] == 'S')) iob[0] = 'B';
      if (l.size() > 2 && (l[0] == 'L' || l[0] == 'E')) iob[0] = 'I';
      entity_iob_.push_back(std::move(iob));
    }
  }

  void Analyze(std::string_view text, Analysis* out) const override;

 private:
  std::string_view Lemma(const Token& t, Scratch* scratch, TextArena* arena) const;

  std::unique_ptr<SentenceSplitter> splitter_;
  std::shared_ptr<const Tagger> tagger_;
  std::shared_ptr<const Lemmatizer> lemmatizer_;
  std::vector<std::string> entity_iob_;
};

std::string_view AnalyzerImpl::Lemma(const Token& t, Scratch* scratch, TextArena* arena) const {
  std::string_view form = t.form;
  bool ascii = true, has_upper = false;
  for (char c : form) {
    if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
    if (c >= 'A' && c <= 'Z') has_upper = true;
  }
  std::string_view lower = form;
  if (!ascii) {
    scratch->lower.clear();
    icu::UnicodeString::fromUTF8(icu::StringPiece(form.data(), static_cast<int32_t>(form.size())))
        .toLower()
        .toUTF8String(scratch->lower);
    lower = scratch->lower == form ? form : arena->Store(scratch->lower);
  } else if (has_upper) {
    scratch->lower.assign(form);
    for (char& c : scratch->lower) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
    lower = arena->Store(scratch->lower);
  }
  WordClass cls = WordClassOfPennTag(t.pos);
  if (!lemmatizer_ || cls == WordClass::kOther || t.pos == "NNP" || t.pos == "NNPS") return lower;
  // Plurals that news uses as words of their own: "the media", "arms sales".
  if (cls == WordClass::kNoun && (lower == "media" || lower == "data" || lower == "arms")) {
    return lower;
  }
  return lemmatizer_->Lemma(lower, cls);
}

void AnalyzerImpl::Analyze(std::string_view text, Analysis* out) const {
  thread_local Scratch scratch;
  out->Clear();
  out->text = text;
  scratch.ranges.clear();
  splitter_->Split(text, &scratch.ranges);
  for (const ByteRange& r : scratch.ranges) {
    Sentence s;
    s.begin = r.begin;
    s.end = r.end;
    s.first_token = static_cast<uint32_t>(out->tokens.size());
    Tokenize(text, r, &out->arena, &out->tokens);
    s.last_token = static_cast<uint32_t>(out->tokens.size());
    if (s.last_token > s.first_token) out->sentences.push_back(s);
  }
  scratch.forms.clear();
  scratch.starts.clear();
  for (const Sentence& s : out->sentences) {
    scratch.starts.push_back(static_cast<uint32_t>(scratch.forms.size()));
    for (uint32_t i = s.first_token; i < s.last_token; ++i) {
      scratch.forms.push_back(out->tokens[i].form);
    }
  }
  scratch.starts.push_back(static_cast<uint32_t>(scratch.forms.size()));
  DocumentTags& tags = scratch.tags;
  tagger_->TagDocument(scratch.forms.data(), scratch.starts, &tags);

  // Sentences with no tokens were dropped above, so token i of the document is
  // token i of `out->tokens` only when every range produced tokens; map explicitly.
  size_t k = 0;
  for (const Sentence& s : out->sentences) {
    for (uint32_t i = s.first_token; i < s.last_token; ++i, ++k) {
      Token& t = out->tokens[i];
      t.pos = tagger_->pos().label(tags.pos[k]);
      t.chunk = tagger_->chunk().label(tags.chunk[k]);
      t.entity = entity_iob_[tags.entity[k]];
      t.lemma = Lemma(t, &scratch, &out->arena);
    }
  }
  for (const Sentence& s : out->sentences) {
    auto spans = [&](std::string_view Token::*field, std::vector<Span>* into) {
      scratch.labels.clear();
      for (uint32_t i = s.first_token; i < s.last_token; ++i) {
        scratch.labels.push_back(out->tokens[i].*field);
      }
      for (const LabeledSpan& sp : ExtractSpans(scratch.labels)) {
        // The label's text lives in the model; find it there to keep a stable view.
        std::string_view label = out->tokens[s.first_token + sp.begin].*field;
        into->push_back(Span{static_cast<uint32_t>(s.first_token + sp.begin),
                             static_cast<uint32_t>(s.first_token + sp.end), label.substr(2)});
      }
    };
    spans(&Token::chunk, &out->chunks);
    spans(&Token::entity, &out->entities);
  }
}

}  // namespace

Result<std::shared_ptr<const Analyzer>> Analyzer::Load(const AnalyzerOptions& options) {
  Result<std::unique_ptr<SentenceSplitter>> splitter = SentenceSplitter::Create();
  if (!splitter.ok()) return splitter.status();
  std::string model_dir =
      options.model_dir.empty() ? DefaultDataDir() + "/models" : options.model_dir;
  Result<std::shared_ptr<const Lemmatizer>> lemmatizer = Lemmatizer::Load(options.wordnet_dir);
  if (!lemmatizer.ok()) return lemmatizer.status();
  Result<std::shared_ptr<const Tagger>> tagger = Tagger::Load(model_dir, *lemmatizer);
  if (!tagger.ok()) return tagger.status();
  return std::shared_ptr<const Analyzer>(std::make_shared<AnalyzerImpl>(
      std::move(splitter).value(), std::move(tagger).value(), std::move(lemmatizer).value()));
}

}  // namespace acta
