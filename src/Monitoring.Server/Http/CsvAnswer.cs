namespace Monitoring.Server.Http;

/// <summary>Whether a request asks for CSV (<c>Accept: text/csv</c>, or <c>?format=csv</c> where offered), and the answer.</summary>
public static class CsvAnswer
{
    public const string MediaType = "text/csv";

    public static bool Wanted(HttpRequest request, string? format = null) =>
        format == "csv" || request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase));

    public static IResult Of(string csv) => Results.Text(csv, MediaType + "; charset=utf-8");
}
