using System.Security.Cryptography;
using System.Text;

namespace Monitoring.Server.Auth;

/// <summary>An API token's text: a fixed prefix (so it is recognised, and found by secret scanners) and 32 random bytes.</summary>
public static class ApiTokenSecret
{
    public const string Prefix = "mc110_";

    public static string New() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
