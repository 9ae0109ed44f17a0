// Enums as text, one way for all of them: each enum that is stored, sent in
// the API's JSON or written in files has ONE table of {enumerator, code}
// pairs, and to_string / parse_code read it. A table is built by enum_table,
// which refuses (at compile time) a table that leaves out an enumerator or
// lists them out of order, so a new enumerator cannot be stored as some
// fallback text or fail to parse back. Codes are stable: they are in the
// database and the API, so a code is never changed, only added.
//
// An enum opts in with a function `codes(E)` beside it (found by argument-
// dependent lookup), declared in its header and defined beside its table:
//
//   // header
//   std::span<const EnumText<RunStatus>> codes(RunStatus);
//   // .cpp
//   constexpr auto kRunStatusCodes = enum_table<RunStatus>({{RunStatus::draft, "draft"}, ...});
//   std::span<const EnumText<RunStatus>> codes(RunStatus) { return kRunStatusCodes; }
//
// Danish labels of an enum are tables too (enum_table, text_of), so a label
// cannot be missing either.
#pragma once

#include <array>
#include <concepts>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace hjt {

template <typename E>
struct EnumText {
    E value;
    const char* text;
};

namespace enum_texts_detail {

// Whether V is one of its enum's enumerators. The compiler writes the template
// argument in the function's name: an enumerator by its name ("RunStatus::paid"),
// any other value as a cast ending in the number ("(hjt::RunStatus)3").
template <auto V>
consteval bool is_enumerator() {
    constexpr std::string_view name = __PRETTY_FUNCTION__;  // "... [with auto V = X]" (GCC), "... [V = X]" (Clang)
    std::size_t i = name.size() - 1;                        // the closing ']'
    while (i > 0 && name[i - 1] >= '0' && name[i - 1] <= '9') --i;
    return name[i - 1] != ')';
}

// How many enumerators the enum has among the values 0..63 (every enum here
// starts at 0 or 1 and has fewer than 64).
template <typename E, int... Values>
consteval std::size_t count_enumerators(std::integer_sequence<int, Values...>) {
    return (std::size_t{is_enumerator<static_cast<E>(Values)>()} + ...);
}

} // namespace enum_texts_detail

template <typename E>
consteval std::size_t enumerator_count() {
    return enum_texts_detail::count_enumerators<E>(std::make_integer_sequence<int, 64>{});
}

// The table of an enum's texts, checked: every enumerator once, in the order
// of their values. Not compiling here means the table misses an enumerator.
template <typename E, std::size_t N>
consteval std::array<EnumText<E>, N> enum_table(const EnumText<E> (&texts)[N]) {
    std::array<EnumText<E>, N> table{};
    for (std::size_t i = 0; i < N; ++i) {
        if (i > 0 && !(texts[i - 1].value < texts[i].value)) throw "enum_table: list the enumerators in order";
        table[i] = texts[i];
    }
    if (N != enumerator_count<E>()) throw "enum_table: the table must list every enumerator of the enum";
    return table;
}

// The text a table gives an enumerator (a label table's Danish label).
template <typename Table, typename E>
const char* text_of(const Table& table, E value) {
    for (const auto& entry : table)
        if (entry.value == value) return entry.text;
    return "";  // not reached: enum_table checked that the table lists every enumerator
}

template <typename E>
concept HasCodes = std::is_enum_v<E> && requires(E e) {
    { codes(e) } -> std::convertible_to<std::span<const EnumText<E>>>;
};

// The stable code of an enumerator.
template <HasCodes E>
std::string to_string(E value) {
    return text_of(codes(E{}), value);
}

// The enumerator a code names; nullopt for any other text.
template <HasCodes E>
std::optional<E> parse_code(std::string_view text) {
    for (const auto& entry : codes(E{}))
        if (text == entry.text) return entry.value;
    return std::nullopt;
}

// "a, b, c": every code of the enum, for messages and help texts.
template <HasCodes E>
std::string code_list(std::string_view separator = ", ") {
    std::string list;
    for (const auto& entry : codes(E{})) list += (list.empty() ? "" : std::string(separator)) + entry.text;
    return list;
}

} // namespace hjt
