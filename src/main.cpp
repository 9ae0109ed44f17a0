#include "cli/command.h"

int main(int argc, char** argv) { return hjt::cli::run(argc, argv); }
