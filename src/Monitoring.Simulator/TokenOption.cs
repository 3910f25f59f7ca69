using System.CommandLine;

namespace Monitoring.Simulator;

/// <summary>
/// One bearer token from the command line: <c>--{name}</c>, else the file <c>--{name}-file</c> names, else an
/// environment variable. The file and the variable exist so the token need not stand in the process list or the
/// shell's history. <paramref name="otherwise"/> says what happens when none of them gives one.
/// </summary>
public sealed class TokenOption(string name, string environmentVariable, string what, string otherwise)
{
    /// <summary>Where the token may come from, for a message that it came from none.</summary>
    public string Sources => $"{Value.Name}, {File.Name} or {environmentVariable}";

    public Option<string> Value { get; } = new($"--{name}")
    {
        Description = $"{what}; else --{name}-file, else the environment variable {environmentVariable}, else {otherwise}. "
            + "Other users of the machine see it in the process list; neither the file nor the variable shows there",
    };

    public Option<FileInfo> File { get; } = new($"--{name}-file")
    {
        Description = $"A file holding the token, instead of --{name} (blanks and line breaks around it are dropped)",
    };

    /// <summary>The token, or none when none of the three gives one; or what is wrong with the one given, named by where it came from.</summary>
    public (string? Token, string? Error) Resolve(ParseResult parse, Func<string, string?> environment)
    {
        if (parse.GetValue(Value) is { } value) return Check(value, Value.Name);
        if (parse.GetValue(File) is { } file)
        {
            try
            {
                return Check(System.IO.File.ReadAllText(file.FullName), $"{File.Name} {file.FullName}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return (null, $"{File.Name}: cannot read {file.FullName}: {e.Message}");
            }
        }
        return environment(environmentVariable) is { } variable ? Check(variable, environmentVariable) : (null, null);
    }

    /// <summary>
    /// A blank or a control character would make HttpClient throw deep inside the first call; here it is a message
    /// naming where the token came from. An empty one too: most often a secret that was never filled in.
    /// </summary>
    private static (string?, string?) Check(string token, string source)
    {
        token = token.Trim();
        if (token.Length > 0 && !token.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))) return (token, null);
        return (null, $"{source}: a token is one word without blanks or control characters; this one is {(token.Length == 0 ? "empty" : "not")}.");
    }
}
