#include "cli/CommandLine.h"

#include <gtest/gtest.h>

#include <vector>

namespace {

bool headless(std::vector<const char *> args)
{
    args.insert(args.begin(), "daily-insights");
    return cli::isHeadlessInvocation(int(args.size()), const_cast<char **>(args.data()));
}

TEST(HeadlessInvocation, WindowOptionsAndTheirValuesOpenTheWindow)
{
    EXPECT_FALSE(headless({}));
    EXPECT_FALSE(headless({"--demo"}));
    EXPECT_FALSE(headless({"--profile", "/tmp/p"}));
    EXPECT_FALSE(headless({"--ui-language", "en", "--demo"}));
    EXPECT_FALSE(headless({"--screenshot", "shots", "--profile", "p"}));
}

TEST(HeadlessInvocation, SubCommandsHelpAndVersionRunHeadless)
{
    EXPECT_TRUE(headless({"refresh"}));
    EXPECT_TRUE(headless({"--profile", "p", "digest", "--date", "2026-11-20"}));
    EXPECT_TRUE(headless({"--help"}));
    EXPECT_TRUE(headless({"--version"}));
}

} // namespace
