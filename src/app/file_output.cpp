#include "app/file_output.h"

#include <cstdio>
#include <fstream>
#include <stdexcept>

namespace hjt::app {

// Written beside the target and renamed over it: a full disk or a failed write
// leaves no short file under the target's name (the rename is atomic on one file system).
void write_file(const std::string& path, const std::string& content) {
    const std::string partial = path + ".part";
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    out << content;
    out.close();
    if (!out || std::rename(partial.c_str(), path.c_str()) != 0) {
        std::remove(partial.c_str());
        throw std::runtime_error("cannot write " + path);
    }
}

} // namespace hjt::app
