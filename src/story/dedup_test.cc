#include "story/dedup.h"

#include <gtest/gtest.h>

#include "story/story_test_util.h"

namespace acta::story {
namespace {

TEST(DedupTest, KindsOfAct) {
  EXPECT_EQ(EventKind("036"), "meet");
  EXPECT_EQ(EventKind("042"), "meet");
  EXPECT_EQ(EventKind("046"), "meet");
  EXPECT_EQ(EventKind("047"), "047");
  EXPECT_EQ(EventKind("0356"), "0356");
  EXPECT_EQ(EventKind("190"), "190");
}

TEST(DedupTest, OneEventPerSourceTargetAndKind) {
  const std::vector<coder::CodedEvent> events = {
      Event("PSEREBHMS", "IRNGOV", "036"),  // is set to visit Tehran
      Event("IGOUNO", "ISR", "0256"),       // the Security Council's call
      Event("IRN", "PSEREBHMS", "051"),     // Iran's support
      Event("IRN", "PSEREBHMS", "051"),     // told again
      Event("PSEREBHMS", "IRNGOV", "042"),  // Haniyeh's visit to Tehran
      Event("IRNGOV", "PSEREBHMS", "043"),  // another direction: another event
      Event("PSEREBHMS", "IRNGOV", "190"),  // another act: another event
  };
  const std::vector<std::vector<size_t>> groups = GroupMentions(events);
  ASSERT_EQ(groups.size(), 5u);
  EXPECT_EQ(groups[0], (std::vector<size_t>{0, 4}));
  EXPECT_EQ(groups[1], (std::vector<size_t>{1}));
  EXPECT_EQ(groups[2], (std::vector<size_t>{2, 3}));
  EXPECT_EQ(groups[3], (std::vector<size_t>{5}));
  EXPECT_EQ(groups[4], (std::vector<size_t>{6}));
  EXPECT_TRUE(GroupMentions({}).empty());
}

}  // namespace
}  // namespace acta::story
