#include "hjt_process.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <sstream>

extern char** environ;

namespace hjt::test {

namespace {

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

HjtProcess::HjtProcess(const std::string& token, const std::vector<std::string>& args, const std::string& output_base)
    : output_base_(output_base) {
    const char* bin = std::getenv("HJT_BIN");
    REQUIRE(bin);
    std::vector<std::string> env_text;
    if (!token.empty()) env_text.push_back("HJT_TOKEN=" + token);
    for (char** e = environ; *e; ++e)
        if (std::string(*e).rfind("HJT_TOKEN=", 0) != 0) env_text.emplace_back(*e);
    std::vector<char*> env, argv = {const_cast<char*>(bin)};
    for (auto& e : env_text) env.push_back(e.data());
    env.push_back(nullptr);
    std::vector<std::string> arg_text = args;
    for (auto& a : arg_text) argv.push_back(a.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, 1, (output_base + ".out").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&files, 2, (output_base + ".err").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int failed = posix_spawn(&pid_, bin, &files, nullptr, argv.data(), env.data());
    posix_spawn_file_actions_destroy(&files);
    REQUIRE(failed == 0);
}

HjtProcess::~HjtProcess() {
    if (pid_ > 0) {
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, nullptr, 0);
    }
}

void HjtProcess::kill_now() { ::kill(pid_, SIGKILL); }

ProcessEnd HjtProcess::wait() {
    int status = 0;
    while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
    pid_ = -1;
    ProcessEnd end;
    end.killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
    end.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    end.out = read_all(output_base_ + ".out");
    end.err = read_all(output_base_ + ".err");
    return end;
}

ProcessEnd run_hjt_process(const std::string& token, const std::vector<std::string>& args,
                           const std::string& output_base, std::chrono::microseconds* took) {
    auto started = std::chrono::steady_clock::now();
    HjtProcess process(token, args, output_base);
    ProcessEnd end = process.wait();
    if (took) *took = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);
    return end;
}

} // namespace hjt::test
