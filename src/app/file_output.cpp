#include "app/file_output.h"

#include <fstream>
#include <stdexcept>

namespace hjt::app {

void write_file(const std::string& path, const std::string& content) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << content;
    out.close();
    if (!out) throw std::runtime_error("cannot write " + path);
}

} // namespace hjt::app
