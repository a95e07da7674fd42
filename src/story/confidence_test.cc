#include "story/confidence.h"

#include <gtest/gtest.h>

#include "story/story_test_util.h"

namespace acta::story {
namespace {

TEST(ConfidenceTest, MovesWithTheEvidence) {
  coder::CodedEvent e = Event("IRNGOV", "IRQGOV", "112");
  EXPECT_DOUBLE_EQ(EventConfidence(e), 0.6);
  e.pattern = 3;
  e.source_actor = 10;
  e.target_actor = 12;
  EXPECT_DOUBLE_EQ(EventConfidence(e), 0.8);
  EXPECT_DOUBLE_EQ(EventConfidence(e, 2), 0.85);
  EXPECT_DOUBLE_EQ(EventConfidence(e, 9), 0.9);  // at most +0.10 for mentions
  e.modality = coder::CodedEvent::Modality::kClaimed;
  EXPECT_DOUBLE_EQ(EventConfidence(e), 0.8);
  e.modality = coder::CodedEvent::Modality::kConditional;
  EXPECT_DOUBLE_EQ(EventConfidence(e), 0.75);
  // A statement between a person off their roles and a legislature.
  coder::CodedEvent f = Event("GBRELI", "GBRLEG", "020");
  EXPECT_DOUBLE_EQ(EventConfidence(f), 0.25);
  coder::CodedEvent g = Event("GBRGOV", "GBRGOV", "010");
  g.modality = coder::CodedEvent::Modality::kConditional;
  EXPECT_DOUBLE_EQ(EventConfidence(g), 0.2);
  EXPECT_GE(EventConfidence(g), 0.05);
  EXPECT_DOUBLE_EQ(EventConfidence(Event("IRNMIL", "IRQ", "190"), 1, true), 0.6);
}

TEST(ConfidenceTest, ForceThePressAndCoreference) {
  // Force (18-20) is coded most reliably; the same act as a demand is not.
  EXPECT_DOUBLE_EQ(EventConfidence(Event("IRNMIL", "IRQMIL", "190")), 0.7);
  EXPECT_DOUBLE_EQ(EventConfidence(Event("IRNMIL", "IRQMIL", "183")), 0.7);
  EXPECT_DOUBLE_EQ(EventConfidence(Event("IRNMIL", "IRQMIL", "1041")), 0.6);
  // A medium on either side is more often the report than a party to it.
  EXPECT_DOUBLE_EQ(EventConfidence(Event("USAMED", "USAGOV", "051")), 0.5);
  EXPECT_DOUBLE_EQ(EventConfidence(Event("USAGOV", "IRNMED", "051")), 0.5);
  // An actor from an earlier sentence.
  coder::CodedEvent e = Event("PSEREBHMS", "IRNGOV", "040");
  e.referred = true;
  EXPECT_DOUBLE_EQ(EventConfidence(e), 0.55);
}

TEST(ConfidenceTest, RepeatedPairsOfASentence) {
  EXPECT_EQ(RepeatedPairs({Event("IRNMIL", "IRQ", "192"), Event("IRNMIL", "IRQ", "190"),
                           Event("IRQ", "IRNMIL", "190")}),
            (std::vector<bool>{false, true, false}));
}

}  // namespace
}  // namespace acta::story
