using System.Text.Json;
using Monitoring.Domain.Cases;

namespace Monitoring.Domain.Tests;

/// <summary>Journals written before sign-in hold the officer as a bare name; they must still replay.</summary>
public sealed class PersonJsonTests
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        DomainJson.Configure(options);
        return options;
    }

    /// <summary>Exactly as the journal stored a cancellation before the person and the note.</summary>
    private const string CancelledBeforeSignIn =
        """{"$e":"cancelled","caseId":"K-261128-00000000AB","at":"2026-11-28T08:00:00+00:00","by":"polsek-gambir","officer":"Aiptu Budi","reason":"prank"}""";

    [Fact]
    public void An_event_written_with_the_officer_as_a_name_reads_as_a_person_with_only_that_name_and_an_empty_note()
    {
        var e = Assert.IsType<CaseCancelled>(JsonSerializer.Deserialize<CaseEvent>(CancelledBeforeSignIn, Options));
        Assert.Equal(new Person(UserId: "", Name: "Aiptu Budi", Nrp: null, Role: ""), e.Officer);
        Assert.Equal("", e.Note);
        Assert.Equal(CancelReason.Prank, e.Reason);
    }

    [Fact]
    public void A_person_is_written_as_an_object_under_officer_and_reads_back_the_same()
    {
        var sari = new Person("u-sari", "Bripka Sari", "87050123", "officer");
        var e = new CaseAcknowledged(new CaseId("K-261128-00000000AB"), DateTimeOffset.UnixEpoch, new UnitId("polsek-gambir"), sari,
            DateTimeOffset.UnixEpoch.AddMinutes(5));
        var json = JsonSerializer.Serialize<CaseEvent>(e, Options);
        Assert.Contains("""
            "officer":{"userId":"u-sari","name":"Bripka Sari","nrp":"87050123","role":"officer"}
            """, json);
        Assert.Equal(e, JsonSerializer.Deserialize<CaseEvent>(json, Options));
    }

    [Fact]
    public void A_person_without_an_NRP_leaves_it_out_and_fields_added_later_are_passed_over()
    {
        var named = Person.Named("Aiptu Budi");
        Assert.Equal("""{"userId":"","name":"Aiptu Budi","role":""}""", JsonSerializer.Serialize(named, Options));
        Assert.Equal(named with { UserId = "u-1" },
            JsonSerializer.Deserialize<Person>("""{"userId":"u-1","unit":{"id":"x"},"name":"Aiptu Budi","badge":7}""", Options));
    }

    [Fact]
    public void A_person_that_is_neither_a_name_nor_an_object_is_refused() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Person>("""{"name":42}""", Options));
}
