using System.Reflection;
using System.Text.RegularExpressions;
using Monitoring.Domain;

namespace Monitoring.Server.Tests;

/// <summary>A code the server gives is shown in the reader's language: each has its text on the pages, and none is given twice.</summary>
public sealed class ProblemCodeTextsTests
{
    public static IReadOnlyList<string> Codes { get; } = typeof(ErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();

    [Fact]
    public void Every_code_has_a_text_in_Bahasa_Indonesia_and_English_and_is_distinct()
    {
        Assert.Equal(Codes.Count, Codes.Distinct().Count());
        Assert.All(Codes, c => Assert.Matches("^[a-z][a-z0-9_]*$", c));
        var texts = File.ReadAllText(Path.Combine(BuiltServer.RepositoryRoot(), "src", "Monitoring.Server", "ClientApp", "src", "texts", "problems.ts"));
        var halves = texts.Split("\n  en: {");
        Assert.Equal(2, halves.Length);
        foreach (var half in halves)
        {
            var keys = Regex.Matches(half, @"\berr_([a-z0-9_]+):").Select(m => m.Groups[1].Value).ToHashSet();
            Assert.Empty(Codes.Except(keys));
        }
    }
}
