using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Server.Wall;
using Monitoring.Testing;

namespace Monitoring.Server.Tests;

public sealed class WallHubTests : ServerTest
{
    [Fact]
    public async Task An_unknown_unit_is_refused_with_its_id_cleaned_and_cut_so_it_cannot_forge_log_lines()
    {
        _ = Factory.Server;
        await using var console = new WallWatcher(Factory, await Api.TokenAsync());
        var forged = "polsek-x\r\n[ERROR] forged entry\u0000" + new string('x', 10_000);
        var refusal = await Assert.ThrowsAsync<HubException>(() => console.JoinAsync(nameof(WallHub.JoinUnit), forged));
        Assert.DoesNotContain('\n', refusal.Message);
        Assert.DoesNotContain('\r', refusal.Message);
        Assert.DoesNotContain('\0', refusal.Message);
        Assert.InRange(refusal.Message.Length, 1, 200);
        Assert.Contains("polsek-x??[ERROR] forged entry", refusal.Message);
    }

    [Fact]
    public async Task Intake_reaches_the_wall_and_the_assigned_units_console_and_not_an_unrelated_console()
    {
        _ = Factory.Server; // start the host before the clients connect
        await using var wall = new WallWatcher(Factory, await Api.TokenAsync());
        await using var console = new WallWatcher(Factory, await Api.TokenAsync());
        await using var polresConsole = new WallWatcher(Factory, await Api.TokenAsync());
        await using var unrelated = new WallWatcher(Factory, await Api.TokenAsync());
        Assert.Empty(await wall.JoinAsync(nameof(WallHub.JoinWall)));
        Assert.Empty(await console.JoinAsync(nameof(WallHub.JoinUnit), "polsek-setu-tangerang-selatan"));
        await polresConsole.JoinAsync(nameof(WallHub.JoinUnit), "polres-tangerang-selatan");
        await unrelated.JoinAsync(nameof(WallHub.JoinUnit), "polsek-gambir");

        var intake = await Api.RecordAsync(Api.Report());
        Assert.Equal("polsek-setu-tangerang-selatan", intake.AssignedUnitId!.Value.Value);

        await Eventually.Until(() => Task.FromResult(wall.Changes.Count), n => n > 0, what: "the wall hears the new case");
        await Eventually.Until(() => Task.FromResult(console.Changes.Count), n => n > 0, what: "the assigned unit's console hears it");
        await Eventually.Until(() => Task.FromResult(polresConsole.Changes.Count), n => n > 0, what: "the Polres console hears it");
        var change = Assert.Single(wall.Changes);
        Assert.Equal(intake.CaseId, change.Case.CaseId);
        Assert.Equal("opened", change.Change);
        Assert.Equal(CaseState.Open, change.Case.State);

        // An acknowledgement flows the same way; by then the unrelated console has still heard nothing.
        await Api.ActAsync(intake.CaseId!.Value.Value, "acknowledge", new { unitId = "polsek-setu-tangerang-selatan", officer = "Bripka Sari" });
        await Eventually.Until(() => Task.FromResult(console.Changes.Any(c => c.Change == "acknowledged")), seen => seen);
        Assert.Empty(unrelated.Changes);

        // A client that joins later starts from a snapshot of the open cases it may see.
        await using var late = new WallWatcher(Factory, await Api.TokenAsync());
        var snapshot = await Eventually.Until(() => late.JoinAsync(nameof(WallHub.JoinUnit), "polres-tangerang-selatan"),
            s => s.Count == 1 && s[0].State == CaseState.Acknowledged);
        Assert.Equal(intake.CaseId, snapshot[0].CaseId);
        Assert.Empty(await late.JoinAsync(nameof(WallHub.JoinUnit), "polsek-gambir"));
    }

    [Fact]
    public async Task A_client_joining_while_the_read_model_lags_gets_the_changes_already_pushed_in_its_snapshot()
    {
        _ = Factory.Server;
        await using var early = new WallWatcher(Factory, await Api.TokenAsync());
        await early.JoinAsync(nameof(WallHub.JoinWall));
        var cancelled = (await Api.RecordAsync(Api.Report(caller: "081200000001"))).CaseId!.Value;
        await Eventually.Until(() => Task.FromResult(StateInReadModel(cancelled)), s => s == "open", what: "the first case in the read model");

        using (TestStorage.HoldReadModel(Folder.Path))
        {
            var opened = (await Api.RecordAsync(Api.Report(caller: "081200000002"))).CaseId!.Value;
            await Api.ActAsync(cancelled.Value, "cancel", new { unitId = "polres-tangerang-selatan", officer = "Iptu Dewi", reason = "prank", note = "Penelepon mengaku iseng" });
            await Eventually.Until(() => Task.FromResult(early.Changes.Count(c => c.Case.CaseId == opened || c.Case.IsFinal)), n => n == 2,
                what: "both changes pushed to the client that was there");
            Assert.Null(StateInReadModel(opened));
            Assert.Equal("open", StateInReadModel(cancelled));

            await using var late = new WallWatcher(Factory, await Api.TokenAsync());
            var wall = await late.JoinAsync(nameof(WallHub.JoinWall));
            Assert.Equal(opened, Assert.Single(wall).CaseId);
            await using var console = new WallWatcher(Factory, await Api.TokenAsync());
            Assert.Equal(opened, Assert.Single(await console.JoinAsync(nameof(WallHub.JoinUnit), "polsek-setu-tangerang-selatan")).CaseId);
            await using var unrelated = new WallWatcher(Factory, await Api.TokenAsync());
            Assert.Empty(await unrelated.JoinAsync(nameof(WallHub.JoinUnit), "polsek-gambir"));
        }

        // Released, the read model catches up and says the same.
        await Eventually.Until(() => Task.FromResult(StateInReadModel(cancelled)), s => s == "cancelled", what: "the read model caught up");
    }

    private string? StateInReadModel(CaseId id) =>
        TestStorage.Scalar<string?>(Folder.Path, "SELECT \"State\" FROM rm_case WHERE \"CaseId\" = @id", new LinqToDB.Data.DataParameter("id", id.Value));
}
