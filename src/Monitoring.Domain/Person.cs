using System.Text.Json.Serialization;

namespace Monitoring.Domain;

/// <summary>
/// Who acted: the signed-in user behind an action, as the case's journal keeps them. Nrp (Nomor Registrasi Pokok) is
/// the officer's registration number, when known. Events written before sign-in hold only a name.
/// </summary>
[JsonConverter(typeof(PersonJsonConverter))]
public sealed record Person(string UserId, string Name, string? Nrp, string Role)
{
    /// <summary>The role that answers for the operations room; the same word as the sign-in's role.</summary>
    public const string OperatorRole = "operator";

    /// <summary>Someone known only by the name written down, as every action was before sign-in.</summary>
    public static Person Named(string name) => new("", name, null, "");

    public bool IsOperator => string.Equals(Role, OperatorRole, StringComparison.Ordinal);
}
