#include "acta/training.h"
#include "cluster/cluster_corpus.h"

namespace acta {

Status TrainWordClusters(const ClusterTrainingOptions& o) {
  return TrainClustersCommand(o.shared_dir, o.out_path, o.num_clusters, o.min_count, o.log);
}

}  // namespace acta
