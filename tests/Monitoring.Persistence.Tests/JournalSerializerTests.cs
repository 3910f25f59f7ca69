using Monitoring.Domain.Telephony;
using System.Reflection;
using System.Text.Json.Serialization;
using Akka.Actor;
using Akka.Configuration;
using Monitoring.Domain;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Patrols;
using Monitoring.Domain.Surges;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Interactions;
using Monitoring.Persistence.Journal;

namespace Monitoring.Persistence.Tests;

public sealed class JournalSerializerTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);
    private static readonly CaseId Id = new("K-261128-00000000AB");
    private static readonly UnitId Unit = new("polsek-gambir");
    private static readonly Person Sari = new("u-sari", "Bripka Sari", "87050123", "officer");
    private readonly ActorSystem _system = ActorSystem.Create("serializer-test", ConfigurationFactory.Empty);
    private readonly JournalSerializer _serializer;

    public JournalSerializerTests() => _serializer = new JournalSerializer((ExtendedActorSystem)_system);

    public void Dispose() => _system.Dispose();

    private static readonly Interaction Call = new(new InteractionId("i-1"), new CallerNumber("+6281234567"), Channel.Sms, Kind.Complaint,
        Category.Threat, new Location(-6.17, 106.82, "Jl. Medan Merdeka"), "Diancam", "agent-2", T0, T0.AddSeconds(4), T0.AddSeconds(5), 62.5,
        "https://recordings.local/1.wav");

    private static readonly CaseOpened Opened = new(Id, T0, Call, Priority.P2,
        new Routing(Unit, [Unit, new("polres-metro-jakarta-pusat"), new("polda-metro-jaya"), new("mabes")], false), T0.AddMinutes(5));

    public static TheoryData<object> Persisted() =>
    [
        Opened,
        new CaseAcknowledged(Id, T0, Unit, Sari, T0.AddMinutes(15)),
        new CaseDispatched(Id, T0, Unit, Sari, "Patroli 3", T0.AddMinutes(30)),
        new CaseArrived(Id, T0, Unit, Sari, T0.AddHours(24)),
        new CaseResolved(Id, T0, Unit, Sari, "Pelaku diamankan"),
        new CaseCancelled(Id, T0, Unit, Sari, CancelReason.Withdrawn, "Pelapor mencabut laporan"),
        new CaseEscalated(Id, T0, Milestone.Acknowledge, Unit, new("polres-metro-jakarta-pusat"), 1, 1, T0.AddMinutes(10)),
        new CaseInteractionFiled(Id, T0),
        new InteractionRecorded(new CallerEntry(Call, Id, Unit)),
        new CallerSanctioned(new CallerSanction(SanctionAction.Screen, T0, Sari, "Ancaman berulang", T0.AddHours(24))),
        new CaseReassigned(Id, T0, Unit, Sari, Unit, new Routing(new("polsek-sawah-besar"),
            [new("polsek-sawah-besar"), new("polres-metro-jakarta-pusat"), new("polda-metro-jaya"), new("mabes")], false), "Salah wilayah", T0.AddMinutes(5)),
        new CaseNoted(Id, T0, Unit, Sari, "Pelapor menelepon lagi"),
        new PatrolAdded(Unit, T0, "R2-07", Sari),
        new PatrolRemoved(Unit, T0, "R2-07", Sari),
        new PatrolDispatched(Unit, T0, "R2-07", Id),
        new PatrolArrived(Unit, T0, "R2-07", Id),
        new PatrolReleased(Unit, T0, "R2-07", Id, null),
        new PatrolReleased(Unit, T0, "R2-07", Id, Sari),
        new PatrolBoard(Unit, [new Patrol("R2-07", PatrolStatus.OnScene, Id), new Patrol("R2-08", PatrolStatus.Available, null)]),
        new CaseAlarmAcknowledged(Id, T0, Unit, Sari, 3),
        new SurgeRaised(new SurgeAlert(Unit, [Unit, new UnitId("polres-x")], 7, 5, TimeSpan.FromMinutes(10), T0)),
        new SurgeCleared(Unit, T0, T0.AddMinutes(12)),
        new CaseInteractionFiled(Id, T0, new InteractionId("i-2")),
        new CaseLinked(Id, T0, Call with { Id = new InteractionId("i-2"), Caller = new CallerNumber("+6281298765") }, Priority.P1, 2, true, T0.AddMinutes(2)),
        new CaseUnlinked(Id, T0, Unit, Sari, new InteractionId("i-2"), new CaseId("K-261128-00000000AD"), 1),
        new CaseMerged(Id, T0, Unit, Sari, new CaseId("K-261128-00000000AC"), "Kejadian yang sama"),
        new CaseJoined(Id, T0, Unit, Sari, new CaseId("K-261128-00000000AD"), [Call], Priority.P1, 2, null),
        new CallStepRecorded(new TelephonyEvent(new CallId("a84b4c76e66710@10.0.0.1"), CallStep.Offered, T0, Call.Caller, "110", "ext-201",
            new NetworkLocation(-6.17, 106.82, 800, LocationSource.Cell), "<presence/>")),
        new CallStepRecorded(new TelephonyEvent(new CallId("a84b4c76e66710@10.0.0.1"), CallStep.Ended, T0.AddSeconds(30))),
        new CallMovedUp(new CallId("a84b4c76e66710@10.0.0.1"), T0.AddSeconds(10), new UnitId("polres-metro-jakarta-pusat"), 1),
        new CallFiled(new CallId("a84b4c76e66710@10.0.0.1"), T0.AddSeconds(31), Kind.Abandoned),
        new CallClassified(new CallId("a84b4c76e66710@10.0.0.1"), T0.AddSeconds(90), Kind.Prank),
        new CallLocated(new CallId("a84b4c76e66710@10.0.0.1"), T0.AddSeconds(20), new NetworkLocation(-6.1754, 106.8272, 12, LocationSource.Aml, T0.AddSeconds(18))),
    ];

    [Theory]
    [MemberData(nameof(Persisted))]
    public void Every_persisted_event_round_trips_under_a_short_manifest(object e)
    {
        var manifest = _serializer.Manifest(e);
        Assert.True(manifest.Length <= 20 && !manifest.Contains("Monitoring"), manifest);
        var back = _serializer.FromBinary(_serializer.ToBinary(e), manifest);
        Assert.Equal(e.GetType(), back.GetType());
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(e, e.GetType(), JournalSerializer.Options),
            System.Text.Json.JsonSerializer.Serialize(back, back.GetType(), JournalSerializer.Options));
    }

    /// <summary>The serializer is bound where the center binds it: an actor system configured by WithMonitoringPersistence
    /// picks it for every bound type (every case event and the caller's record), and what it writes reads back the same.
    /// Without the binding Akka would pick its default serializer and journal CLR type names.</summary>
    [Fact]
    public async Task The_center_configured_system_journals_every_bound_type_with_it()
    {
        var samples = Persisted().Select(row => row.Data).ToList();
        var patrolEvents = typeof(PatrolEvent).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => a.DerivedType);
        var surgeEvents = typeof(SurgeEvent).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => a.DerivedType);
        var callEvents = typeof(CallEvent).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => a.DerivedType);
        Assert.Equal(CaseEventNames.ByType.Keys.Append(typeof(InteractionRecorded)).Append(typeof(CallerSanctioned)).Concat(patrolEvents)
                .Append(typeof(PatrolBoard)).Concat(surgeEvents).Concat(callEvents).Order(ByName),
            samples.Select(e => e.GetType()).Distinct().Order(ByName));
        using var folder = new TempFolder();
        await using var host = await ActorHost.StartAsync(folder.DatabasePath, TimeProvider.System);
        var serialization = host.System.Serialization;
        foreach (var e in samples)
        {
            var bound = Assert.IsType<JournalSerializer>(serialization.FindSerializerFor(e));
            Assert.Equal(JournalSerializer.SerializerId, bound.Identifier);
            var back = serialization.Deserialize(bound.ToBinary(e), bound.Identifier, bound.Manifest(e));
            Assert.Equal(e.GetType(), back.GetType());
            // Equivalent, not Equal: a record compares its lists (the routing chain) by reference.
            Assert.Equivalent(e, back, strict: true);
        }
    }

    private static readonly Comparer<Type> ByName = Comparer<Type>.Create((a, b) => string.CompareOrdinal(a.FullName, b.FullName));

    [Fact]
    public void Every_case_event_type_has_a_manifest()
    {
        var declared = typeof(CaseEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(CaseEvent)) && !t.IsAbstract);
        var mapped = typeof(CaseEvent).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => a.DerivedType);
        Assert.Equal(declared.OrderBy(t => t.Name), mapped.OrderBy(t => t.Name));
    }

    /// <summary>Exactly as the journal held an action before sign-in: the officer a bare name, a cancellation without a note.</summary>
    [Theory]
    [InlineData("case.acknowledged", """{"$e":"acknowledged","caseId":"K-261128-00000000AB","at":"2026-11-28T08:00:00+00:00","by":"polsek-gambir","officer":"Aiptu Budi","deadline":"2026-11-28T08:15:00+00:00"}""")]
    [InlineData("case.cancelled", """{"$e":"cancelled","caseId":"K-261128-00000000AB","at":"2026-11-28T08:00:00+00:00","by":"polsek-gambir","officer":"Aiptu Budi","reason":"prank"}""")]
    public void An_action_journaled_with_the_officer_as_a_name_reads_as_a_person_of_that_name(string manifest, string json)
    {
        var e = Assert.IsAssignableFrom<CaseActed>(_serializer.FromBinary(System.Text.Encoding.UTF8.GetBytes(json), manifest));
        Assert.Equal(new Person(UserId: "", Name: "Aiptu Budi", Nrp: null, Role: ""), e.Officer);
        if (e is CaseCancelled cancelled) Assert.Equal("", cancelled.Note);
    }

    [Fact]
    public void The_acting_person_is_journaled_whole_under_officer()
    {
        var e = new CaseCancelled(Id, T0, Unit, Sari, CancelReason.Prank, "Iseng");
        var json = System.Text.Encoding.UTF8.GetString(_serializer.ToBinary(e));
        Assert.Contains("""
            "officer":{"userId":"u-sari","name":"Bripka Sari","nrp":"87050123","role":"officer"}
            """, json);
        Assert.Contains("\"note\":\"Iseng\"", json);
        Assert.Equal(e, _serializer.FromBinary(_serializer.ToBinary(e), _serializer.Manifest(e)));
    }

    [Fact]
    public void An_unknown_manifest_is_refused() =>
        Assert.ThrowsAny<Exception>(() => _serializer.FromBinary("{}"u8.ToArray(), "case.renamed"));
}
