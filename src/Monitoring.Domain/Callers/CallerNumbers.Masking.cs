using System.Text;
using System.Text.RegularExpressions;

namespace Monitoring.Domain.Callers;

/// <summary>
/// How a caller number is shown to a reader who may not see it whole (the wall, a manager) and written to a log, which
/// no one may read it from: enough of it to tell two callers apart at a glance, never enough to call them.
/// </summary>
public static partial class CallerNumbers
{
    public const char Star = '*';

    /// <summary>Digits kept at each end of a number long enough that at least four stay starred (12 digits and more: a
    /// mobile number as "0812 3456 7890" is written).</summary>
    private const int KeptAtEachEnd = 4;

    private const int LongNumber = 2 * KeptAtEachEnd + 4;

    /// <summary>
    /// "0812****7890": the first and last four digits kept and the rest starred. An Indonesian number is shown as people
    /// write it, with its trunk 0 ("+6281234567890" and "0812-3456-7890" are both "0812****7890"); another country's keeps
    /// its +. A shorter number keeps less than a quarter of its digits at each end, so more than half is starred and a
    /// number of four digits or fewer is starred whole. Spaces, dashes and anything else that is not a digit are dropped:
    /// the masked form says nothing but the digits it keeps and how many it hides. No digits at all is "".
    /// </summary>
    public static string Mask(string? text)
    {
        var compact = Compact(text ?? "");
        if (compact.Length == 0 || compact == "+") return "";
        var written = International(compact) is var full && full.StartsWith("+62", StringComparison.Ordinal) ? "0" + full[3..] : full;
        var sign = written.StartsWith('+') ? "+" : "";
        var digits = written[sign.Length..];
        var kept = digits.Length >= LongNumber ? KeptAtEachEnd : (digits.Length - 1) / 4;
        return sign + digits[..kept] + new string(Star, digits.Length - 2 * kept) + digits[(digits.Length - kept)..];
    }

    /// <summary>
    /// <paramref name="text"/> with every caller number in it masked (<see cref="Mask"/>): in E.164 or URL-encoded
    /// ("+62…", "%2B62…"), written nationally or with its country code but no plus ("0812…", "62812…", also with spaces
    /// or dashes between the groups), and whatever follows "/callers/" in a path. For the lines the center does not word
    /// itself (the framework's request lines, Akka's actor paths and persistence ids, which name a caller's entity),
    /// so that no log holds a number.
    /// </summary>
    public static string MaskIn(string text) =>
        text.Length < 6 ? text : NumberInText().Replace(text, m => m.Groups["path"].Success
            ? Mask(Uri.UnescapeDataString(m.Groups["path"].Value))
            : Mask(Uri.UnescapeDataString(m.Value)));

    /// <summary>A number written without its plus must stand apart from the words around it, so that the digits of an id
    /// ("K-261128-0000000012") or a decimal are not taken for one.</summary>
    [GeneratedRegex(@"(?<=/callers/)(?<path>[^/?#\s]+)"
                    + @"|(?:\+|%2[Bb])[0-9]{6,16}(?![0-9])"
                    + @"|(?<![\w.+%-])(?:\+62|62|0)8[0-9]{1,3}(?:[ -][0-9]{2,5}){1,3}(?![\w-])"
                    + @"|(?<![\w.+%-])(?:0|62)[0-9]{6,14}(?![\w-])")]
    private static partial Regex NumberInText();

    /// <summary>The digits of the text, after its + if it starts with one. A star counts as the digit it hides, so a number
    /// masked once is the same masked again.</summary>
    private static string Compact(string text)
    {
        var compact = new StringBuilder(text.Length);
        var trimmed = text.Trim();
        if (trimmed.StartsWith('+')) compact.Append('+');
        foreach (var c in trimmed)
        {
            if (char.IsAsciiDigit(c) || c == Star) compact.Append(c);
        }
        return compact.ToString();
    }
}
