using System.Globalization;

namespace Monitoring.Domain;

/// <summary>
/// What free text from the public or an officer may hold. Control characters break the databases (PostgreSQL refuses
/// NUL), forge log lines and hide in exports; bidirectional overrides make a text read differently from what it holds.
/// </summary>
public static class TextRules
{
    /// <summary>Why the text may not be stored, or null when it may. Multi-line fields keep tab, CR and LF.</summary>
    public static string? Problem(string field, string text, bool multiLine = false)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (!multiLine && CharUnicodeInfo.GetUnicodeCategory(text, i) == UnicodeCategory.Format)
                    return $"The {field} may not contain invisible formatting characters (U+{char.ConvertToUtf32(c, text[i + 1]):X5} at position {i + 1}).";
                i++;
                continue;
            }
            if (char.IsSurrogate(c)) return $"The {field} holds a broken character (a lone UTF-16 surrogate) at position {i + 1}.";
            if (multiLine && c is '\t' or '\r' or '\n' or '\u2028' or '\u2029') continue;
            if (c is '\u2028' or '\u2029') return $"The {field} must be one line (U+{(int)c:X4} at position {i + 1}).";
            if (char.IsControl(c))
                return $"The {field} may not contain control characters (U+{(int)c:X4} at position {i + 1}){(multiLine ? "; tab and line breaks are allowed" : "")}.";
            if (IsBidiControl(c)) return $"The {field} may not contain bidirectional formatting characters (U+{(int)c:X4} at position {i + 1}).";
            if (c is '\uFFFE' or '\uFFFF') return $"The {field} holds a character that is not one (U+{(int)c:X4} at position {i + 1}).";
            // Zero-width and other invisible characters make two names that look alike differ; a summary may keep them (emoji joiners).
            if (!multiLine && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
                return $"The {field} may not contain invisible formatting characters (U+{(int)c:X4} at position {i + 1}).";
        }
        return null;
    }

    /// <summary>Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069); the plain marks LRM and RLM are harmless.</summary>
    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>A text with anything outside printable characters replaced, cut to <paramref name="max"/>: for log lines of ids
    /// that failed validation, so a client cannot forge log entries or flood the log.</summary>
    public static string ForLog(string? text, int max = 64)
    {
        if (text is null) return "(null)";
        var cut = text.Length > max ? text[..max] : text;
        var clean = string.Create(cut.Length, cut, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = char.IsControl(source[i]) || char.IsSurrogate(source[i]) || IsBidiControl(source[i])
                          || CharUnicodeInfo.GetUnicodeCategory(source[i]) == UnicodeCategory.LineSeparator ? '?' : source[i];
        });
        return text.Length > max ? clean + "…" : clean;
    }
}
