#include <Poco/JSON/Stringifier.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <sstream>

#include <unistd.h>

#include "app/failure_text.h"
#include "app/sessions.h"
#include "cli/command.h"
#include "cli/credentials.h"
#include "cli/danish_text.h"
#include "domain/errors.h"

namespace hjt::cli {

const std::string& Args::required(const std::string& name) const {
    auto it = options.find(name);
    if (it == options.end() || it->second.empty()) throw UsageError("--" + name + " mangler");
    return it->second;
}

std::optional<std::string> Args::optional(const std::string& name) const {
    auto it = options.find(name);
    if (it == options.end()) return std::nullopt;
    return it->second;
}

std::optional<long long> Args::number(const std::string& name) const {
    auto value = optional(name);
    if (!value) return std::nullopt;
    std::size_t used = 0;
    long long n = 0;
    try {
        n = std::stoll(*value, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used == 0 || used != value->size()) throw UsageError("--" + name + " skal være et helt tal, ikke '" + *value + "'");
    return n;
}

store::Database& Context::database() {
    if (!database_) database_ = std::make_unique<store::Database>(settings_.database);
    return *database_;
}

void Context::print(const std::string& text, const Poco::JSON::Object::Ptr& data) const {
    if (json_) {
        Poco::JSON::Stringifier::stringify(data, std::cout, 2);
        std::cout << '\n';
    } else {
        std::cout << text;
        if (!text.empty() && text.back() != '\n') std::cout << '\n';
    }
}

// On a terminal one line that counts up in place; in a log or a pipe only the
// stage's last line, so a log gets one line per stage and no carriage returns.
void Context::progress(const std::string& what, long long done, long long total) const {
    static const bool terminal = isatty(STDERR_FILENO) == 1;
    if (!terminal && done < total) return;
    int percent = total > 0 ? static_cast<int>(done * 100 / total) : 100;
    std::cerr << (terminal ? "\r" : "") << what << ": " << done << '/' << total << " (" << percent << " %)";
    if (done >= total) std::cerr << '\n';
    std::cerr.flush();
}

std::optional<std::string> Context::session_token() const {
    if (const char* token = std::getenv("HJT_TOKEN"); token && *token) return std::string(token);
    return load_token(credentials_file(settings_.database));
}

const app::User& Context::actor() {
    if (actor_) return *actor_;
    auto token = session_token();
    if (!token)
        throw Unauthenticated("du er ikke logget ind: kør 'hjt login --username NAVN' (eller sæt HJT_TOKEN)");
    actor_ = app::authenticate(database().session(), *token, settings_.sessions);
    if (!actor_) throw Unauthenticated("din session er udløbet eller ukendt: log ind igen med 'hjt login'");
    return *actor_;
}

const app::User& Context::actor_who_may(app::Operation op, std::optional<Id> family) {
    const app::User& who = actor();
    if (family)
        app::require_permission(who, op, *family);
    else
        app::require_permission(who, op);
    return who;
}

std::string Context::os_user() {
    for (const char* name : {"USER", "LOGNAME"}) {
        const char* value = std::getenv(name);
        if (value && *value) return value;
    }
    return "ukendt";
}

namespace {

// HJT_LANG=en: refusals in English (domain/messages.h); Danish otherwise.
Language reader_language() {
    const char* lang = std::getenv("HJT_LANG");
    return lang && std::string(lang).rfind("en", 0) == 0 ? Language::en : Language::da;
}

// " [year_closed]" for a refusal in the catalogue; nothing for one outside it.
std::string coded(const std::exception& e) {
    const std::string code = code_of(e, "");
    return code.empty() ? "" : " [" + code + "]";
}

constexpr const char* kGlobalHelp =
    "Fælles tilvalg (før eller efter kommandoen):\n"
    "  --config FIL    indstillingsfil (standard config/hjt.properties; miljøvariabel HJT_CONFIG)\n"
    "  --db FIL        SQLite-databasen (miljøvariabel HJT_DB)\n"
    "  --json          maskinlæsbart output (nøgler og koder på engelsk, beløb i øre)\n"
    "  --help          hjælp til hjt eller til en kommando\n"
    "HJT_LANG=en viser afvisninger på engelsk (deres [kode] er den samme på alle sprog).\n"
    "Slutkoder: 0 i orden, 1 fejl i data eller afvist, 2 forkert brug af kommandoen, 4 ikke logget ind\n"
    "(hjt login), 5 din rolle må ikke gøre dette.\n";

void print_overview() {
    std::cout << "brug: hjt [fælles tilvalg] <kommando> [tilvalg]\n\nKommandoer:\n";
    for (const auto& c : all_commands()) {
        std::cout << "  " << padded(c.name + (c.synopsis.empty() ? "" : " " + c.synopsis), 44) << c.summary << '\n';
    }
    std::cout << '\n' << kGlobalHelp;
}

void print_command_help(const Command& c) {
    std::cout << "brug: hjt " << c.name << (c.synopsis.empty() ? "" : " " + c.synopsis) << "\n\n"
              << c.summary << "\n";
    if (!c.help.empty()) std::cout << '\n' << c.help << (c.help.back() == '\n' ? "" : "\n");
    std::cout << '\n' << kGlobalHelp;
}

// The longest command name that the leading words spell, e.g. "audit verify".
const Command* match(const std::vector<std::string>& words, std::size_t& consumed) {
    const Command* best = nullptr;
    for (const auto& c : all_commands()) {
        std::istringstream parts(c.name);
        std::string part;
        std::size_t i = 0;
        bool ok = true;
        while (parts >> part) {
            if (i >= words.size() || words[i] != part) { ok = false; break; }
            ++i;
        }
        if (ok && (!best || i > consumed)) { best = &c; consumed = i; }
    }
    return best;
}

// "hjt payout" names a group of commands, not one: the commands it begins.
std::string subcommands_of(const std::string& group) {
    std::string list;
    for (const auto& c : all_commands())
        if (c.name.rfind(group + " ", 0) == 0) list += "  hjt " + c.name + (c.synopsis.empty() ? "" : " " + c.synopsis) + "\n";
    return list;
}

// The usage error for words that name no command.
UsageError no_command(const std::vector<std::string>& words) {
    if (words.empty()) return UsageError("ingen kommando angivet: 'hjt --help' viser dem alle");
    if (std::string subs = subcommands_of(words[0]); !subs.empty())
        return UsageError("'hjt " + words[0] + "' mangler en underkommando; vælg en af:\n" + subs);
    return UsageError("ukendt kommando '" + words[0] + "': 'hjt --help' viser dem alle");
}

bool takes_value(const Command* c, const std::string& name) {
    if (name == "config" || name == "db") return true;
    return c && std::find(c->value_options.begin(), c->value_options.end(), name) != c->value_options.end();
}

} // namespace

int run(int argc, char** argv) {
    std::vector<std::string> raw(argv + 1, argv + argc);
    // The words that are not options (nor values of the global --config/--db)
    // name the command, wherever the global options stand.
    std::vector<std::string> words;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const std::string& a = raw[i];
        if (a == "--config" || a == "--db") { ++i; continue; }
        if (a == "--json" || a == "--help" || a == "-h") continue;
        if (a.rfind("--", 0) == 0) break;
        words.push_back(a);
    }
    std::size_t consumed = 0;
    const Command* command = match(words, consumed);

    Args args;
    bool help = false;
    try {
        // Skip the command's words wherever they stand; parse the rest.
        std::size_t skipped = 0;
        for (std::size_t i = 0; i < raw.size(); ++i) {
            const std::string& a = raw[i];
            if (skipped < consumed && a == words[skipped]) { ++skipped; continue; }
            if (a == "--help" || a == "-h") { help = true; continue; }
            if (a == "--json") { args.json = true; continue; }
            if (a.rfind("--", 0) == 0) {
                std::string name = a.substr(2);
                std::string value;
                auto eq = name.find('=');
                if (eq != std::string::npos) {
                    value = name.substr(eq + 1);
                    name = name.substr(0, eq);
                } else if (takes_value(command, name)) {
                    if (i + 1 >= raw.size()) throw UsageError("--" + name + " skal have en værdi");
                    value = raw[++i];
                }
                args.options[name] = value;
                continue;
            }
            args.positional.push_back(a);
        }
        if (!command) {
            if (help || raw.empty()) { print_overview(); return raw.empty() ? 2 : 0; }
            throw no_command(words);
        }
        if (help) { print_command_help(*command); return 0; }
        for (const auto& [name, value] : args.options) {
            bool known = name == "config" || name == "db" ||
                         std::find(command->value_options.begin(), command->value_options.end(), name) !=
                             command->value_options.end() ||
                         command->help.find("--" + name) != std::string::npos;
            if (!known) throw UsageError("ukendt tilvalg --" + name + " til 'hjt " + command->name + "'");
        }
        Context context(load_settings(args.optional("config").value_or(""), args.optional("db").value_or("")),
                        args.json);
        // Before any entry is written or checked: with a key file the chain is keyed (store/audit_key.h).
        use_audit_key_of(context.settings());
        return command->run(context, args);
    } catch (const UsageError& e) {
        std::cerr << "hjt: " << e.what() << "\n";
        std::cerr << (command ? "se 'hjt " + command->name + " --help'" : std::string("se 'hjt --help'")) << "\n";
        return 2;
    } catch (const ValidationError& e) {
        const Language lang = reader_language();
        std::cerr << "hjt: " << (lang == Language::en ? "error in " : "fejl i ") << field_label(e.field(), lang) << ": "
                  << text_in(e, lang) << (e.code() == "invalid" ? "" : " [" + e.code() + "]") << "\n";
        return 1;
    } catch (const NotFound& e) {
        std::cerr << "hjt: " << (reader_language() == Language::en ? "not found: " : "findes ikke: ")
                  << text_in(e, reader_language()) << coded(e) << "\n";
        return 1;
    } catch (const Conflict& e) {
        std::cerr << "hjt: " << (reader_language() == Language::en ? "refused: " : "afvist: ")
                  << text_in(e, reader_language()) << coded(e) << "\n";
        return 1;
    } catch (const Unauthenticated& e) {
        std::cerr << "hjt: ikke logget ind: " << e.what() << "\n";
        return 4;
    } catch (const Forbidden& e) {
        std::cerr << "hjt: " << (reader_language() == Language::en ? "forbidden: " : "ingen adgang: ")
                  << text_in(e, reader_language()) << coded(e) << "\n";
        return 5;
    } catch (const std::exception& e) {
        std::cerr << "hjt: " << app::describe_failure(e).text << "\n";
        return 1;
    }
}

} // namespace hjt::cli
