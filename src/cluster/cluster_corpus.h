// The unlabelled news corpus acta's word clusters are trained on, and the
// whole training command.
//
// Sources under the shared directory, read in a fixed order (sorted file
// names) so training is reproducible. Prose is split into sentences and tokens
// exactly as acta's analysis does (SentenceSplitter, Tokenize), so the words
// clustered are the words the recogniser will look up. The sources:
//   corpora/reuters21578/reut2-*.sgm   the text inside <BODY>...</BODY>, minus
//                                      the <company> brackets and "Reuter" sign-off
//   corpora/bbc/*/*.txt                every BBC story, title included
//   corpora/conll2003/train.txt, valid.txt   the word column, one sentence
//                                      per blank-line-separated block
// CoNLL-2003's test.txt is never read: the clusters feed a recogniser that
// is evaluated on it.
#ifndef ACTA_CLUSTER_CLUSTER_CORPUS_H_
#define ACTA_CLUSTER_CLUSTER_CORPUS_H_

#include <cstddef>
#include <functional>
#include <string>

#include "acta/status.h"
#include "cluster/brown.h"

namespace acta {

struct NewsCorpusStats {
  size_t reuters_stories = 0;
  size_t bbc_stories = 0;
  size_t conll_sentences = 0;
  size_t sentences = 0;  // all sources
  size_t tokens = 0;
};

// Feeds every sentence of the sources above to `clusterer`. Fails with
// NotFound if a source is missing (no Reuters or BBC file, or no CoNLL
// train/valid file), IoError if a file cannot be read.
Result<NewsCorpusStats> AddNewsCorpus(const std::string& shared_dir, BrownClusterer* clusterer);

// Builds the corpus, trains num_clusters Brown clusters over words seen at
// least min_count times, and saves them to out_path. Progress and a summary
// go to `log` (one line a call, no newline) when it is set.
Status TrainClustersCommand(const std::string& shared_dir, const std::string& out_path,
                            int num_clusters, int min_count,
                            const std::function<void(const std::string&)>& log = {});

}  // namespace acta

#endif  // ACTA_CLUSTER_CLUSTER_CORPUS_H_
