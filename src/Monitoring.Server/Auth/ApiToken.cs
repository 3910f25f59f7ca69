namespace Monitoring.Server.Auth;

/// <summary>A machine's grant issued by an admin. Only the SHA-256 of the secret is kept: a copy of the table opens nothing.</summary>
public sealed class ApiToken
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Role { get; set; } = "";

    public string? UnitId { get; set; }

    /// <summary>Lowercase hex SHA-256 of the whole token text.</summary>
    public string Hash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
