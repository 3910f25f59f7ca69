using System.Runtime.Serialization;
using Akka.Actor;
using Akka.Configuration;
using Akka.Serialization;

namespace Monitoring.Actors.Serialization;

/// <summary>
/// Stands where Akka's default serializer stood (identifier 1, bound to every object): that one writes Newtonsoft JSON
/// with CLR type names and reads back whatever type a payload names. This one neither writes nor reads, so no payload
/// naming its own type is read from another node; and with unregistered types refused, a message without a serializer
/// of the center's fails where it is sent, naming its type.
/// </summary>
public sealed class RefusedSerializer(ExtendedActorSystem system) : Serializer(system)
{
    /// <summary>Akka hands the serializer it replaces its settings (<c>serialization-settings.json</c>); there is nothing to set.</summary>
    public RefusedSerializer(ExtendedActorSystem system, Config settings) : this(system)
    {
    }

    public override int Identifier => 1;

    public override bool IncludeManifest => false;

    public override byte[] ToBinary(object obj) =>
        throw new SerializationException($"{obj.GetType()} has no serializer of the center's; a message that crosses nodes belongs to the protocol.");

    public override object FromBinary(byte[] bytes, Type type) =>
        throw new SerializationException("A payload for Akka's default JSON serializer was refused: the center reads only its own serializers.");
}
