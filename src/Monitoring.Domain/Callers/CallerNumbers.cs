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
    public const string Rule = "The caller number must be 6 to 16 digits, optionally after a leading +, and a phone number (Indonesian unless it starts with +).";

    private const string DefaultRegion = "ID";

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    [GeneratedRegex(@"\A\+?[0-9]{6,16}\z")]
    private static partial Regex Pattern();

    /// <summary>The number in E.164, or null when the text is not a phone number.</summary>
    public static CallerNumber? Normalize(string text)
    {
        if (!Pattern().IsMatch(text)) return null;
        try
        {
            var number = Util.Parse(text, DefaultRegion);
            return number.HasCountryCode && number.NationalNumber > 0 ? new CallerNumber(Util.Format(number, PhoneNumberFormat.E164)) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
