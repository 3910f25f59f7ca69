using System.Text.RegularExpressions;
using PhoneNumbers;

namespace Monitoring.Domain.Callers;

/// <summary>
/// One caller, one number: "+62812…", "0812…" and "62812…" are the same handset, so every number is kept in E.164 with
/// Indonesia as the region of a number dialled without its country code. A caller's record (and the prank ladder
/// that reads it) would otherwise split in two.
/// </summary>
public static partial class CallerNumbers
{
    public const string Rule = "The caller number must be 6 to 16 digits, optionally after a leading + (or 00), and a phone number of at most 15 digits in E.164 (Indonesian unless it starts with + or 00).";

    private const string DefaultRegion = "ID";
    private const int MaxE164Digits = 15;

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    [GeneratedRegex(@"\A\+?[0-9]{6,16}\z")]
    private static partial Regex Pattern();

    /// <summary>The number in E.164, or null when the text is not a phone number.</summary>
    public static CallerNumber? Normalize(string text)
    {
        if (!Pattern().IsMatch(text)) return null;
        try
        {
            var number = Util.Parse(International(text), DefaultRegion);
            var e164 = Util.Format(number, PhoneNumberFormat.E164);
            return number.NationalNumber > 0 && e164.Length - 1 <= MaxE164Digits ? new CallerNumber(e164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// <summary>
    /// "00" is the international prefix handsets take, and "62…" without a plus is how the telephony and people write an
    /// Indonesian number in full, so it is taken as the country code; the area codes 0620–0629 are written with their trunk
    /// 0 ("0622…" stays national). Left to guess, the parser takes a short "62812345678" for a national number and
    /// doubles the 62.
    /// </summary>
    private static string International(string text) =>
        text.StartsWith("00", StringComparison.Ordinal) ? "+" + text[2..]
        : text.StartsWith("62", StringComparison.Ordinal) ? "+" + text
        : text;
}
