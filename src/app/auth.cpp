#include "app/auth.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <algorithm>
#include <cctype>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "app/entity_json.h"
#include "app/permissions.h"
#include "domain/errors.h"
#include "store/audit_log.h"
#include "store/register_repository.h"
#include "store/sql_dialect.h"
#include "support/sha256.h"

namespace hjt::app {

namespace {

constexpr auto kRoleCodes = enum_table<Role>({{Role::finance, "finance"},
                                              {Role::caseworker, "caseworker"},
                                              {Role::family, "family"},
                                              {Role::auditor, "auditor"},
                                              {Role::admin, "admin"}});

constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;
constexpr std::size_t kMinPasswordLength = 10;
// Stored strings come from the database; a tampered one must not make
// verifying allocate without limit.
constexpr std::uint64_t kMaxScryptN = 1u << 20;
constexpr std::uint64_t kMaxScryptMemory = 1ull << 30;

using Bytes = std::vector<unsigned char>;

Bytes random_bytes(std::size_t n) {
    Bytes out(n);
    if (RAND_bytes(out.data(), static_cast<int>(n)) != 1) throw std::runtime_error("no random bytes (OpenSSL RAND_bytes)");
    return out;
}

std::string base64(const Bytes& data) {
    std::string out(4 * ((data.size() + 2) / 3), '\0');
    int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), data.data(), static_cast<int>(data.size()));
    out.resize(static_cast<std::size_t>(n));
    return out;
}

std::optional<Bytes> unbase64(const std::string& text) {
    if (text.empty() || text.size() % 4 != 0) return std::nullopt;
    Bytes out(3 * text.size() / 4);
    int n = EVP_DecodeBlock(out.data(), reinterpret_cast<const unsigned char*>(text.data()), static_cast<int>(text.size()));
    if (n < 0) return std::nullopt;
    // EVP_DecodeBlock counts the padding as zero bytes; drop them.
    std::size_t padding = static_cast<std::size_t>(std::count(text.end() - 2, text.end(), '='));
    out.resize(static_cast<std::size_t>(n) - padding);
    return out;
}

Bytes scrypt(const std::string& password, const Bytes& salt, std::uint64_t n, std::uint64_t r, std::uint64_t p,
             std::size_t length) {
    Bytes out(length);
    if (EVP_PBE_scrypt(password.data(), password.size(), salt.data(), salt.size(), n, r, p, kMaxScryptMemory,
                       out.data(), out.size()) != 1)
        throw std::runtime_error("scrypt failed (OpenSSL EVP_PBE_scrypt)");
    return out;
}

struct StoredHash {
    std::uint64_t n = 0, r = 0, p = 0;
    Bytes salt, hash;
};

std::optional<std::uint64_t> whole_number(const std::string& text) {
    if (text.empty() || text.size() > 10 || !std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); })) return std::nullopt;
    return std::stoull(text);
}

// "scrypt$N$r$p$salt$hash"; nullopt for anything else (or absurd parameters).
std::optional<StoredHash> parse_stored_hash(const std::string& stored) {
    std::vector<std::string> parts;
    std::istringstream in(stored);
    for (std::string part; std::getline(in, part, '$');) parts.push_back(part);
    if (parts.size() != 6 || parts[0] != "scrypt") return std::nullopt;
    auto n = whole_number(parts[1]), r = whole_number(parts[2]), p = whole_number(parts[3]);
    auto salt = unbase64(parts[4]), hash = unbase64(parts[5]);
    if (!n || !r || !p || !salt || !hash || hash->empty()) return std::nullopt;
    bool power_of_two = *n >= 2 && (*n & (*n - 1)) == 0;
    if (!power_of_two || *n > kMaxScryptN || *r == 0 || *r > 32 || *p == 0 || *p > 16) return std::nullopt;
    return StoredHash{*n, *r, *p, *salt, *hash};
}

bool valid_username(const std::string& name) {
    return !name.empty() && name.size() <= 64 && std::all_of(name.begin(), name.end(), [](unsigned char c) {
        return std::isalnum(c) || c == '.' || c == '_' || c == '-' || c == '@';
    });
}

} // namespace

std::span<const EnumText<Role>> codes(Role) { return kRoleCodes; }

std::string hash_password(const std::string& password, ScryptCost cost) {
    Bytes salt = random_bytes(kSaltBytes);
    Bytes hash = scrypt(password, salt, cost.n, cost.r, cost.p, kHashBytes);
    return "scrypt$" + std::to_string(cost.n) + "$" + std::to_string(cost.r) + "$" + std::to_string(cost.p) +
           "$" + base64(salt) + "$" + base64(hash);
}

std::optional<Credentials> find_credentials(soci::session& sql, const std::string& username) {
    Credentials row;
    std::string role;
    Id family_id = 0;
    std::string disabled_at;
    soci::indicator family_ind = soci::i_null, disabled_ind = soci::i_null;
    sql << "SELECT id, username, password_hash, role, family_id, disabled_at FROM users WHERE username = :u",
        soci::into(row.user.id), soci::into(row.user.username), soci::into(row.password_hash), soci::into(role),
        soci::into(family_id, family_ind), soci::into(disabled_at, disabled_ind), soci::use(username);
    if (!sql.got_data()) return std::nullopt;
    auto parsed = parse_role(role);
    if (!parsed) throw std::runtime_error("corrupt role '" + role + "' in users.role");
    row.user.role = *parsed;
    if (family_ind == soci::i_ok) row.user.family_id = family_id;
    row.disabled = disabled_ind == soci::i_ok;
    return row;
}

const std::string& unknown_user_hash() {
    static const std::string hash = hash_password("no user has this password");
    return hash;
}

bool verify_password(const std::string& password, const std::string& stored_hash) {
    auto stored = parse_stored_hash(stored_hash);
    if (!stored) return false;
    Bytes computed = scrypt(password, stored->salt, stored->n, stored->r, stored->p, stored->hash.size());
    return CRYPTO_memcmp(computed.data(), stored->hash.data(), computed.size()) == 0;
}

User create_user(soci::session& sql, const User& actor, const std::string& username, const std::string& password,
                 Role role, std::optional<Id> family_id, ScryptCost password_cost) {
    require_permission(actor, Operation::user_add);
    if (!valid_username(username))
        throw ValidationError("username", Message{MessageCode::username_invalid, {username}});
    if (find_credentials(sql, username)) throw ValidationError("username", Message{MessageCode::username_taken, {username}});
    if (password.size() < kMinPasswordLength)
        throw ValidationError("password", Message{MessageCode::password_too_short, {std::to_string(kMinPasswordLength)}});
    if (role == Role::family && !family_id) throw ValidationError("family_id", Message{MessageCode::family_user_needs_family, {}});
    if (role != Role::family && family_id) throw ValidationError("family_id", Message{MessageCode::only_family_users_have_family, {}});
    if (family_id && !store::find_family(sql, *family_id))
        throw ValidationError("family_id", Message{MessageCode::family_not_found, {std::to_string(*family_id)}});

    User user{0, username, role, family_id};
    std::string hash = hash_password(password, password_cost);
    std::string role_text = to_string(role);
    Id family = family_id.value_or(0);
    soci::indicator family_ind = family_id ? soci::i_ok : soci::i_null;
    sql << "INSERT INTO users (username, password_hash, role, family_id) VALUES (:u, :h, :r, :f)",
        soci::use(username), soci::use(hash), soci::use(role_text), soci::use(family, family_ind);
    user.id = store::last_insert_id(sql, "users");
    store::append_audit(sql, {actor.username, "create", "user", std::to_string(user.id), "", stringify(to_json(user))});
    return user;
}

bool has_users(soci::session& sql) {
    long long n = 0;
    sql << "SELECT COUNT(*) FROM users", soci::into(n);
    return n > 0;
}

User bootstrap_actor(soci::session& sql, const std::string& os_user) {
    if (has_users(sql))
        throw Conflict(Message{MessageCode::users_exist, {}});
    return User{0, "bootstrap:" + (os_user.empty() ? std::string("ukendt") : os_user), Role::admin, std::nullopt};
}

User create_first_user(soci::session& sql, const std::string& os_user, const std::string& username,
                       const std::string& password, Role role, std::optional<Id> family_id) {
    User actor = bootstrap_actor(sql, os_user);
    if (role != Role::admin)
        throw Forbidden(Message{MessageCode::first_user_not_admin, {to_string(role)}});
    return create_user(sql, actor, username, password, role, family_id);
}

} // namespace hjt::app
