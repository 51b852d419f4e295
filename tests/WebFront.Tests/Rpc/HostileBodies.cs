using System.Globalization;
using System.Text;

namespace Vrss.WebFront.Tests.Rpc;

/// <summary>A reproducible corpus of malformed and hostile <c>/api/rpc</c> bodies (seeded, so a failure can be replayed).</summary>
public static class HostileBodies
{
    public static readonly string[] Procedures =
    [
        "auth.register", "auth.login", "auth.logout", "auth.getSession", "auth.changePassword", "auth.requestPasswordReset",
        "auth.resetPassword", "auth.verifyEmail", "auth.enableTotp", "auth.confirmTotp", "auth.disableTotp",
        "auth.regenerateRecoveryCodes",
    ];

    private static readonly string[] s_fields =
        ["username", "email", "password", "displayName", "login", "totpCode", "currentPassword", "newPassword", "token", "code", "recoveryCode"];

    private static readonly string[] s_wrongValues =
    [
        "0", "-1", "1.5", "1e308", "-1e308", "123456789012345678901234567890", "true", "false", "[]", "[1,2]", "{}",
        "{\"a\":{\"b\":[]}}", "null", "\"\"", "-0", "[\"a\"]", "[[[[[]]]]]", "{\"$type\":\"System.Object\"}",
    ];

    private static readonly string[] s_oddStrings =
    [
        "\\u0000", "a\\u0000b", "\\ud800", "\\udc00", "\\ud800\\ud800", "\\udbff\\udfff", "\\ud83d\\ude00", "\\u202eevil", "zero\\u200bwidth",
        "e\\u0301\\u0301\\u0301", "\\ufeffbom", "\\uffff", "\\ufffe", "\\uff21\\uff44\\uff4d\\uff49\\uff4e", "\\u00df", "\\u0130",
        "\\u0000\\u0001\\u001f", "\\\\", "\\\"", "%00", "' OR '1'='1", "<script>alert(1)</script>", "../../etc/passwd", "${jndi:ldap://x}",
        "\\r\\n\\r\\nHTTP/1.1 200 OK", "a@\\u0000.com", "\\u0661\\u0662\\u0663", "\\u2028\\u2029", "\\ud834\\udd1e",
    ];

    private static readonly byte[][] s_invalidUtf8 =
    [
        [0xC0, 0x80], [0xFF], [0xFE], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80], [0xC3],
    ];

    /// <summary>The corpus: at least <paramref name="minimum"/> bodies with their content types.</summary>
    public static List<(string Name, byte[] Body)> Create(int seed, int minimum)
    {
        var random = new Random(seed);
        var cases = new List<(string, byte[])>();

        for (var i = 0; i < 150; i++)
        {
            var bytes = new byte[random.Next(0, 4096)];
            random.NextBytes(bytes);
            cases.Add(($"random bytes {i}", bytes));
        }

        var tokens = new[] { "{", "}", "[", "]", ",", ":", "\"", "\"procedure\"", "\"input\"", "\"auth.login\"", "true", "null", "1e999", "-0", "NaN", "Infinity", " ", "\\", "\"\\u", "//", "/*" };
        for (var i = 0; i < 120; i++)
        {
            var builder = new StringBuilder();
            var count = random.Next(1, 60);
            for (var t = 0; t < count; t++)
            {
                builder.Append(tokens[random.Next(tokens.Length)]);
            }

            cases.Add(($"token soup {i}", Encoding.UTF8.GetBytes(builder.ToString())));
        }

        foreach (var depth in new[] { 1, 10, 63, 64, 65, 100, 1_000, 10_000, 100_000, 400_000 })
        {
            var arrays = new string('[', depth) + new string(']', depth);
            var objects = string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
            cases.Add(($"nested arrays as input {depth}", Utf8($"{{\"procedure\":\"auth.login\",\"input\":{arrays}}}")));
            cases.Add(($"nested objects as input {depth}", Utf8($"{{\"procedure\":\"auth.login\",\"input\":{objects}}}")));
            cases.Add(($"nested arrays in a field {depth}", Utf8($"{{\"procedure\":\"auth.register\",\"input\":{{\"username\":{arrays}}}}}")));
            cases.Add(($"nested objects in an unknown field {depth}", Utf8($"{{\"procedure\":\"auth.login\",\"input\":{{\"x\":{objects},\"login\":\"a\",\"password\":\"b\"}}}}")));
            cases.Add(($"nested as procedure {depth}", Utf8($"{{\"procedure\":{arrays}}}")));
            cases.Add(($"nested top level {depth}", Utf8(arrays)));
            cases.Add(($"unclosed nesting {depth}", Utf8(new string('[', depth))));
        }

        foreach (var size in new[] { 10_000, 100_000, 500_000, 1024 * 1024 - 200, 1024 * 1024 + 10, 2 * 1024 * 1024 })
        {
            var huge = new string('x', size);
            cases.Add(($"huge procedure {size}", Utf8($"{{\"procedure\":\"{huge}\"}}")));
            foreach (var field in new[] { "username", "email", "password", "displayName", "token" })
            {
                cases.Add(($"huge {field} {size}", Utf8($"{{\"procedure\":\"auth.register\",\"input\":{{\"{field}\":\"{huge}\",\"login\":\"{huge[..Math.Min(size, 300)]}\"}}}}")));
            }

            cases.Add(($"huge login {size}", Utf8($"{{\"procedure\":\"auth.login\",\"input\":{{\"login\":\"{huge}\",\"password\":\"p\"}}}}")));
            cases.Add(($"huge password {size}", Utf8($"{{\"procedure\":\"auth.login\",\"input\":{{\"login\":\"someone\",\"password\":\"{huge}\"}}}}")));
            cases.Add(($"huge unknown field {size}", Utf8($"{{\"procedure\":\"auth.getSession\",\"input\":{{\"junk\":\"{huge}\"}}}}")));
        }

        foreach (var procedure in Procedures)
        {
            foreach (var field in s_fields)
            {
                foreach (var value in s_wrongValues.OrderBy(_ => random.Next()).Take(4))
                {
                    cases.Add(($"{procedure} {field}={value}", Utf8($"{{\"procedure\":\"{procedure}\",\"input\":{{\"{field}\":{value}}}}}")));
                }
            }
        }

        foreach (var odd in s_oddStrings)
        {
            foreach (var field in s_fields)
            {
                var procedure = Procedures[random.Next(Procedures.Length)];
                cases.Add(($"{procedure} {field} odd {odd}", Utf8($"{{\"procedure\":\"{procedure}\",\"input\":{{\"{field}\":\"{odd}\",\"password\":\"Pass-word-{odd}\",\"login\":\"u{odd}\"}}}}")));
            }

            cases.Add(($"odd procedure {odd}", Utf8($"{{\"procedure\":\"{odd}\"}}")));
            cases.Add(($"odd key {odd}", Utf8($"{{\"procedure\":\"auth.login\",\"input\":{{\"{odd}\":1}}}}")));
        }

        foreach (var invalid in s_invalidUtf8)
        {
            foreach (var field in s_fields)
            {
                var prefix = Utf8($"{{\"procedure\":\"auth.register\",\"input\":{{\"{field}\":\"ab");
                var suffix = Utf8("cd\"}}");
                cases.Add(($"invalid utf-8 {Convert.ToHexString(invalid)} in {field}", [.. prefix, .. invalid, .. suffix]));
            }

            cases.Add(($"invalid utf-8 {Convert.ToHexString(invalid)} in procedure", [.. Utf8("{\"procedure\":\"auth."), .. invalid, .. Utf8("\"}")]));
        }

        var structural = new[]
        {
            "{\"procedure\":\"auth.login\",\"procedure\":\"auth.logout\"}",
            "{\"procedure\":\"auth.login\",\"input\":{\"login\":\"a\",\"login\":\"b\",\"password\":\"c\"}}",
            "{\"procedure\":\"auth.login\",\"input\":{\"login\":\"a\",\"LOGIN\":\"b\",\"password\":\"c\"}}",
            "{\"procedure\":\"auth.login\",\"input\":{},\"input\":{}}",
            "{\"procedure\":\"auth.login\",}", "{\"procedure\":\"auth.login\" // comment\n}", "{procedure:\"auth.login\"}",
            "{\"procedure\":\"auth.login\",\"input\":{\"login\":NaN}}", "{\"procedure\":\"auth.login\",\"input\":{\"login\":Infinity}}",
            "{\"procedure\":\"auth.login\",\"input\":{\"login\":01}}", "{\"procedure\":\"auth.login\",\"input\":{\"login\":.5}}",
            "{\"procedure\":\"auth.login\"}{\"procedure\":\"auth.login\"}", "\ufeff{\"procedure\":\"auth.getSession\"}", "   ", "\n\t\r ",
            "{\"procedure\":\"auth.login\",\"input\":{\"login\":\"a\",\"password\":\"b\",\"totpCode\":123456}}",
            "{\"procedure\":\"auth.login\",\"input\":{\"login\":\"a\",\"password\":\"b\",\"totpCode\":\"12345a\"}}",
            "{\"procedure\":\"auth.register\",\"input\":{\"username\":\"ok_name\",\"email\":\"ok@example.com\",\"password\":\"Correct-Horse-42\",\"displayName\":{}}}",
            "{\"procedure\":\"auth.verifyEmail\",\"input\":{\"token\":\"" + new string('A', 43) + "\"}}",
            "{\"procedure\":\"auth.resetPassword\",\"input\":{\"token\":\"" + new string('-', 43) + "\",\"newPassword\":\"Correct-Horse-42\"}}",
            "{\"procedure\":\"auth.login\",\"context\":[1],\"input\":{}}", "{\"procedure\":\"auth.login\",\"context\":\"x\"}",
            "{\"procedure\":\"\\u0061uth.login\",\"input\":{\"login\":\"a\",\"password\":\"b\"}}",
        };
        cases.AddRange(structural.Select((s, i) => ($"structural {i}", Utf8(s))));
        cases.Add(("utf-16 body", Encoding.Unicode.GetBytes("{\"procedure\":\"auth.getSession\"}")));
        cases.Add(("utf-32 body", Encoding.UTF32.GetBytes("{\"procedure\":\"auth.getSession\"}")));

        var alphabet = "abcXYZ019_-@.!é€😀\u0000\u202e";
        while (cases.Count < minimum)
        {
            var procedure = random.Next(10) == 0 ? RandomText(random, alphabet, 20) : Procedures[random.Next(Procedures.Length)];
            var fields = s_fields.OrderBy(_ => random.Next()).Take(random.Next(0, 5))
                .Select(f => $"\"{f}\":{(random.Next(4) == 0 ? s_wrongValues[random.Next(s_wrongValues.Length)] : System.Text.Json.JsonSerializer.Serialize(RandomText(random, alphabet, random.Next(0, 200))))}");
            cases.Add(($"random call {cases.Count}", Utf8($"{{\"procedure\":{System.Text.Json.JsonSerializer.Serialize(procedure)},\"input\":{{{string.Join(",", fields)}}}}}")));
        }

        return cases;
    }

    private static string RandomText(Random random, string alphabet, int length)
    {
        var runes = alphabet.EnumerateRunes().ToArray();
        var builder = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            builder.Append(runes[random.Next(runes.Length)].ToString());
        }

        return builder.ToString();
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static string Describe(string name) => name.Length > 120 ? name[..120] + "..." : name.ToString(CultureInfo.InvariantCulture);
}
