using System.Net;
using System.Net.Sockets;

namespace Monitoring.Server.Limits;

/// <summary>
/// The client address a per-address limit counts against: the connection's peer (forwarded headers, where configured,
/// have already put the client's address there). An IPv6 client counts by its /64, the block one subscriber is handed
/// and can draw any number of addresses from; an IPv4 address mapped into IPv6 counts as that IPv4 address.
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpContext context) => Of(context.Connection.RemoteIpAddress);

    public static string Of(IPAddress? address)
    {
        if (address is null) return "";
        if (address.IsIPv4MappedToIPv6) return address.MapToIPv4().ToString();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
