#include <CLI/CLI.hpp>

int main(int argc, char** argv) {
  CLI::App app{"acta: political event data from news stories"};
  app.set_version_flag("--version", std::string("acta ") + "0.1.0");
  CLI11_PARSE(app, argc, argv);
  return 0;
}
