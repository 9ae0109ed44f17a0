// The real executable ($HJT_BIN) as a child process the test can kill at any
// moment or start twice at once: HJT_TOKEN set to the acting user's session
// (tests/cli_session.h; "" runs signed out), stdout and stderr captured in
// files beside the database.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <string>
#include <vector>

namespace hjt::test {

struct ProcessEnd {
    bool killed = false;  // ended by SIGKILL before it finished
    int exit_code = -1;   // when it exited by itself
    std::string out, err;
};

class HjtProcess {
public:
    // Starts `HJT_TOKEN=<token> hjt <args...>`; `output_base` + ".out"/".err" take its output.
    HjtProcess(const std::string& token, const std::vector<std::string>& args, const std::string& output_base);
    ~HjtProcess();
    HjtProcess(const HjtProcess&) = delete;
    HjtProcess& operator=(const HjtProcess&) = delete;

    void kill_now();  // SIGKILL: no destructor, no rollback, no flush runs in the child
    ProcessEnd wait();

private:
    pid_t pid_ = -1;
    std::string output_base_;
};

// Runs to the end and says how long it took.
ProcessEnd run_hjt_process(const std::string& token, const std::vector<std::string>& args,
                           const std::string& output_base, std::chrono::microseconds* took = nullptr);

} // namespace hjt::test
