using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;

namespace Monitoring.Server.Tests.Auth;

/// <summary>
/// A passkey in software, for the server's tests: one P-256 key (ES256), stored straight in Identity's store rather than
/// registered (a registration needs an attestation object in CBOR; an assertion needs none), and asserting as a browser
/// would, to the challenge of the options the server answered.
/// </summary>
public sealed class SoftAuthenticator : IDisposable
{
    private readonly ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private uint signCount;

    public byte[] CredentialId { get; } = RandomNumberGenerator.GetBytes(16);

    public UserPasskeyInfo Passkey(string name) =>
        new(CredentialId, CoseKey(), DateTimeOffset.UtcNow, 0, ["internal"], isUserVerified: true, isBackupEligible: false, isBackedUp: false,
            attestationObject: [], clientDataJson: []) { Name = name };

    /// <summary>What <c>navigator.credentials.get()</c> would answer, as its <c>toJSON()</c>.</summary>
    public object Assert(string requestOptionsJson, string userId, string origin)
    {
        var options = JsonDocument.Parse(requestOptionsJson).RootElement;
        var clientData = JsonSerializer.SerializeToUtf8Bytes(new
        {
            type = "webauthn.get", challenge = options.GetProperty("challenge").GetString(), origin, crossOrigin = false,
        });
        var authenticatorData = new byte[37];
        SHA256.HashData(Encoding.UTF8.GetBytes(options.GetProperty("rpId").GetString()!)).CopyTo(authenticatorData, 0);
        authenticatorData[32] = 0x05;   // user present, user verified
        BinaryPrimitives.WriteUInt32BigEndian(authenticatorData.AsSpan(33), ++signCount);
        var signature = key.SignData([.. authenticatorData, .. SHA256.HashData(clientData)], HashAlgorithmName.SHA256,
            DSASignatureFormat.Rfc3279DerSequence);
        var id = Base64Url.EncodeToString(CredentialId);
        return new
        {
            id, rawId = id, type = "public-key", clientExtensionResults = new { },
            response = new
            {
                clientDataJSON = Base64Url.EncodeToString(clientData), authenticatorData = Base64Url.EncodeToString(authenticatorData),
                signature = Base64Url.EncodeToString(signature), userHandle = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(userId)),
            },
        };
    }

    /// <summary>The public key as a COSE_Key (RFC 9053): a CBOR map of kty EC2, alg ES256, crv P-256, x and y.</summary>
    private byte[] CoseKey()
    {
        var point = key.ExportParameters(includePrivateParameters: false).Q;
        return [0xA5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21, 0x58, 0x20, .. point.X!, 0x22, 0x58, 0x20, .. point.Y!];
    }

    public void Dispose() => key.Dispose();
}
