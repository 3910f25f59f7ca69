using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Server.Wall;

namespace Monitoring.Testing;

/// <summary>A SignalR client of the wall hub over the in-memory server, signed in with an access token (or not), collecting
/// every change it is pushed.</summary>
public sealed class WallWatcher : IAsyncDisposable
{
    private readonly HubConnection _connection;

    public WallWatcher(MonitoringFactory factory, string? accessToken)
    {
        var server = factory.Server;
        _connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, WallHub.Path), o =>
            {
                o.HttpMessageHandlerFactory = _ => server.CreateHandler();
                o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.LongPolling;
                o.AccessTokenProvider = () => Task.FromResult(accessToken);
            })
            .AddJsonProtocol(o => DomainJson.Configure(o.PayloadSerializerOptions))
            .Build();
        _connection.On<List<CaseChanged>>(WallHub.ChangesMethod, batch => { foreach (var c in batch) Changes.Add(c); });
    }

    public ConcurrentBag<CaseChanged> Changes { get; } = [];

    public async Task<IReadOnlyList<CaseSummary>> JoinAsync(string method, params object[] args)
    {
        if (_connection.State == HubConnectionState.Disconnected) await _connection.StartAsync();
        return await _connection.InvokeCoreAsync<IReadOnlyList<CaseSummary>>(method, args);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
