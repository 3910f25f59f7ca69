using Monitoring.Domain;
using Monitoring.Domain.Interactions;

namespace Monitoring.Domain.Tests;

public sealed class IntakeRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    private static IntakeForm Report(string? category = "fire", string? priority = null) => new(
        "+6281234567890", null, "report", category, priority, new LocationForm(-6.2, 106.8, "Jl. Sudirman"), "Kebakaran gudang",
        "agent-1", null, null, null, null);

    private static (Intake? Intake, IReadOnlyList<FieldError> Errors) Validate(IntakeForm form) =>
        IntakeRules.Validate(form, Now, new InteractionId("i-1"));

    [Fact]
    public void A_report_takes_its_categorys_priority_and_may_be_raised()
    {
        var (intake, errors) = Validate(Report("traffic"));
        Assert.Empty(errors);
        Assert.Equal(Priority.P3, intake!.CasePriority);
        Assert.Equal(Channel.Voice, intake.Interaction.Channel);
        Assert.Equal(Now, intake.Interaction.ReceivedAt);
        Assert.Equal(Priority.P1, Validate(Report("traffic", "P1")).Intake!.CasePriority);
        Assert.Equal("priority", Assert.Single(Validate(Report("fire", "P2")).Errors).Field);
    }

    [Theory]
    [InlineData(Category.Accident, Priority.P1)]
    [InlineData(Category.Riot, Priority.P1)]
    [InlineData(Category.Violence, Priority.P1)]
    [InlineData(Category.Crime, Priority.P2)]
    [InlineData(Category.Insult, Priority.P3)]
    [InlineData(Category.Service, Priority.P3)]
    public void Category_sets_the_default_priority(Category category, Priority priority) =>
        Assert.Equal(priority, category.DefaultPriority());

    [Fact]
    public void Information_needs_no_category_location_or_summary_and_opens_no_case()
    {
        var (intake, errors) = Validate(new IntakeForm("0211234567", "web", "information", null, null, null, null, null, null, null, null, null));
        Assert.Empty(errors);
        Assert.Null(intake!.CasePriority);
        Assert.Equal(Channel.Web, intake.Interaction.Channel);
    }

    [Fact]
    public void Every_broken_rule_is_reported_with_its_field_at_once()
    {
        var form = new IntakeForm("08-12", "fax", "report", "insult", "P7", new LocationForm(double.NaN, 181, new string('a', 501)),
            new string('s', 2001), new string('a', 65), "2026-11-28T08:06:00Z", "2026-11-28T08:00:00", -1, "not a uri");
        var (intake, errors) = Validate(form);
        Assert.Null(intake);
        Assert.Equal(
            ["agentId", "answeredAt", "callerNumber", "category", "channel", "durationSeconds", "location.address", "location.latitude",
             "location.longitude", "priority", "receivedAt", "recordingUri", "summary"],
            errors.Select(e => e.Field).Distinct().Order());
    }

    [Theory]
    [InlineData("1")]
    [InlineData("Reportx")]
    [InlineData("")]
    [InlineData("abandoned")]
    [InlineData("unclassified")]
    public void Kinds_parse_by_name_only_and_never_as_the_centers_own(string kind) =>
        Assert.Contains(Validate(Report() with { Kind = kind }).Errors, e => e.Field == "kind");

    [Theory]
    [InlineData("0812-3456")]
    [InlineData("081234567890\n")]
    [InlineData("\t081234567890")]
    [InlineData("+")]
    public void A_caller_number_that_is_no_phone_number_is_refused(string number) =>
        Assert.Contains(Validate(Report() with { CallerNumber = number }).Errors, e => e.Field == "callerNumber");

    [Theory]
    [InlineData("081234567890")]
    [InlineData("+6281234567890")]
    [InlineData("6281234567890")]
    [InlineData(" 081234567890 ")]
    public void Every_way_of_writing_one_number_is_one_caller_in_E164_keeping_what_was_typed(string typed)
    {
        var interaction = Validate(Report() with { CallerNumber = typed }).Intake!.Interaction;
        Assert.Equal("+6281234567890", interaction.Caller.Value);
        Assert.Equal(typed.Trim() == "+6281234567890" ? null : typed.Trim(), interaction.CallerNumberAsTyped);
    }

    [Theory]
    [InlineData("62812345678", "+62812345678")]
    [InlineData("0062812345678", "+62812345678")]
    [InlineData("+62812345678", "+62812345678")]
    [InlineData("0812345678", "+62812345678")]
    [InlineData("0622123456", "+62622123456")]   // Pematangsiantar: an area code that begins 62 after its trunk 0
    public void Short_and_international_forms_of_a_number_are_one_caller(string typed, string e164) =>
        Assert.Equal(e164, Validate(Report() with { CallerNumber = typed }).Intake!.Interaction.Caller.Value);

    [Fact]
    public void A_number_longer_than_E164_allows_is_refused() =>
        Assert.Equal("callerNumber", Assert.Single(Validate(Report() with { CallerNumber = "1234567890123456" }).Errors).Field);

    [Fact]
    public void A_Jakarta_landline_without_its_code_is_Indonesian() =>
        Assert.Equal("+62211234567", Validate(Report() with { CallerNumber = "0211234567" }).Intake!.Interaction.Caller.Value);

    [Theory]
    [InlineData("Rumah \u0000terbakar", true)]
    [InlineData("Rumah \u0007terbakar", true)]
    [InlineData("Rumah \u009Bterbakar", true)]
    [InlineData("Rumah \u202Eterbakar", true)]
    [InlineData("Rumah \u2067terbakar", true)]
    [InlineData("Rumah terbakar\r\n\tdua orang terjebak", false)]
    [InlineData("Rumah terbakar 🔥 dua orang — terjebak", false)]
    public void The_summary_keeps_line_breaks_and_tabs_but_no_other_control_or_bidi_override(string summary, bool refused)
    {
        var errors = Validate(Report() with { Summary = summary }).Errors;
        Assert.Equal(refused, errors.Any(e => e.Field == "summary"));
    }

    [Fact]
    public void A_lone_surrogate_is_a_broken_character() =>
        Assert.Contains("surrogate", Assert.Single(Validate(Report() with { Summary = "Rumah \uD800terbakar" }).Errors).Message);

    [Theory]
    [InlineData("Jl. Raya\nSetu", "location.address")]
    [InlineData("Jl. Raya\u0000Setu", "location.address")]
    [InlineData("agent\r\n7", "agentId")]
    public void One_line_fields_refuse_line_breaks_and_controls(string text, string field)
    {
        var form = Report() with { AgentId = field == "agentId" ? text : "agent-1" };
        if (field == "location.address") form = form with { Location = new LocationForm(-6.2, 106.8, text) };
        Assert.Equal(field, Assert.Single(Validate(form).Errors).Field);
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z", null, "receivedAt")]
    [InlineData("1900-01-01T00:00:00Z", null, "receivedAt")]
    [InlineData("2026-11-27T07:59:00Z", null, "receivedAt")]       // a day and a minute back
    [InlineData("2026-11-28T08:06:00Z", null, "receivedAt")]       // six minutes ahead
    [InlineData("2026-11-28T08:00:00", null, "receivedAt")]        // no offset
    [InlineData("28/11/2026 08:00", null, "receivedAt")]
    [InlineData("2026-11-28T06:00:00Z", "2026-11-28T07:00:01Z", "answeredAt")] // more than an hour in the queue
    [InlineData("2026-11-28T07:59:00Z", "2026-11-28T07:58:00Z", "answeredAt")] // answered before it rang
    public void Reported_times_carry_an_offset_and_lie_near_the_centers_clock(string received, string? answered, string field) =>
        Assert.Equal(field, Assert.Single(Validate(Report() with { ReceivedAt = received, AnsweredAt = answered }).Errors).Field);

    [Fact]
    public void Times_within_the_window_are_taken_in_UTC_and_the_window_is_configurable()
    {
        var interaction = Validate(Report() with { ReceivedAt = "2026-11-28T14:59:50+07:00", AnsweredAt = "2026-11-28T08:00:00Z" }).Intake!.Interaction;
        Assert.Equal(Now.AddSeconds(-10), interaction.ReceivedAt);
        Assert.Equal(TimeSpan.FromSeconds(10), interaction.TimeToAnswer);
        Assert.Equal(TimeSpan.Zero, interaction.ReceivedAt.Offset);

        var week = IntakeLimits.Default with { MaxAge = TimeSpan.FromDays(7) };
        Assert.Empty(IntakeRules.Validate(Report() with { ReceivedAt = "2026-11-23T08:00:00Z" }, Now, new InteractionId("i-2"), week).Errors);
    }

    [Fact]
    public void A_clock_a_little_ahead_is_drift_the_call_rang_no_later_than_the_center_heard_of_it()
    {
        var interaction = Validate(Report() with { ReceivedAt = "2026-11-28T08:04:00Z", AnsweredAt = "2026-11-28T08:04:30Z" }).Intake!.Interaction;
        Assert.Equal((Now, Now), (interaction.ReceivedAt, interaction.AnsweredAt!.Value));
    }

    [Fact]
    public void A_call_cannot_have_lasted_longer_than_since_it_was_answered()
    {
        var form = Report() with { ReceivedAt = "2026-11-28T07:58:50Z", AnsweredAt = "2026-11-28T07:59:00Z" };
        Assert.Empty(Validate(form with { DurationSeconds = 60 }).Errors);
        Assert.Equal("durationSeconds", Assert.Single(Validate(form with { DurationSeconds = 86_400 }).Errors).Field);
        Assert.Empty(Validate(Report() with { DurationSeconds = 3_600 }).Errors);   // no times given: the form comes after the call
    }

    [Theory]
    [InlineData("agent\u200B7")]        // zero-width space
    [InlineData("\uFEFFagent-7")]       // byte-order mark
    [InlineData("agent\u200E-7")]       // left-to-right mark
    [InlineData("agent-7\uDB40\uDC41")] // a tag character
    [InlineData("agent\uFFFF")]
    public void One_line_fields_refuse_invisible_characters(string agent) =>
        Assert.Equal("agentId", Assert.Single(Validate(Report() with { AgentId = agent }).Errors).Field);

    [Fact]
    public void A_summary_keeps_the_joiners_of_emoji_and_a_refusal_never_echoes_raw_controls()
    {
        Assert.Empty(Validate(Report() with { Summary = "Kebakaran 👨\u200D👩\u200D👧 terjebak" }).Errors);
        var echo = Assert.Single(Validate(Report() with { Kind = "\u202Ereport" + new string('x', 5000) }).Errors).Message;
        Assert.DoesNotContain('\u202E', echo);
        Assert.InRange(echo.Length, 1, 300);
    }

    [Theory]
    [InlineData(1e308)]
    [InlineData(86_401)]
    [InlineData(-0.5)]
    public void A_duration_is_bounded(double seconds) =>
        Assert.Equal("durationSeconds", Assert.Single(Validate(Report() with { DurationSeconds = seconds }).Errors).Field);

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("http://recorder.local/a.wav")]
    [InlineData("https:///a.wav")]
    [InlineData("https://recorder.local/a.wav\u0000")]
    [InlineData("https://user:secret@recorder.local/a.wav")]
    public void A_recording_is_an_https_address(string uri) =>
        Assert.Equal("recordingUri", Assert.Single(Validate(Report() with { RecordingUri = uri }).Errors).Field);

    [Fact]
    public void A_recording_address_is_at_most_2_KB()
    {
        Assert.Empty(Validate(Report() with { RecordingUri = "https://recorder.local/r/" + new string('a', 2000) }).Errors);
        Assert.Single(Validate(Report() with { RecordingUri = "https://recorder.local/r/" + new string('a', 60_000) }).Errors);
    }
}
