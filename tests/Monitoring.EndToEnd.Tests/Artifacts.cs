namespace Monitoring.EndToEnd.Tests;

/// <summary>Files a test run leaves for people to look at, under TestResults/artifacts at the repository root.</summary>
public static class Artifacts
{
    public static string PathFor(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Monitoring.sln"))) dir = dir.Parent;
        var folder = Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "TestResults", "artifacts");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
