namespace Monitoring.Server.Http;

/// <summary>
/// One cell of every CSV the center gives (the reports, the audit trail). A cell that a spreadsheet would read as a
/// formula — beginning with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return — is neutralised with a
/// leading <c>'</c> (OWASP, CSV injection): a user name or a target is text typed by someone, and the auditor opens the
/// file in a spreadsheet. Then quoted where RFC 4180 needs it.
/// </summary>
public static class CsvCell
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedQuotes = [',', '"', '\r', '\n'];

    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var safe = Array.IndexOf(FormulaStarts, text[0]) >= 0 ? "'" + text : text;
        return safe.IndexOfAny(NeedQuotes) >= 0 ? "\"" + safe.Replace("\"", "\"\"") + "\"" : safe;
    }

    public static string Line(IEnumerable<string?> cells) => string.Join(',', cells.Select(Of));

    /// <summary>A count or a share as a plain invariant number to three decimals; empty where there is nothing to measure.</summary>
    public static string Number(double? value) => value?.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
