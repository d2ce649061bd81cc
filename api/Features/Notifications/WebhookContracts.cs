using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Notifications;

/// <summary>A webhook subscription, without its secret (shown once, at creation).</summary>
/// <param name="Id" example="4">Subscription id.</param>
/// <param name="Name" example="Provincial dashboard">What the subscription is for.</param>
/// <param name="Url" example="https://dashboard.sumutprov.go.id/hooks/medanumkm">Where deliveries are POSTed.</param>
/// <param name="EventTypes">The event types delivered (see GET /webhooks/event-types); "*" is every type.</param>
/// <param name="Active" example="true">Whether deliveries are sent. Disabled automatically after repeated failures.</param>
/// <param name="ConsecutiveFailures" example="0">Failed attempts in a row (reset by a success).</param>
/// <param name="DisabledAt">When it was disabled automatically.</param>
/// <param name="DisabledReason" example="failures">Why it was disabled automatically.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">Last change.</param>
/// <param name="Version" example="1">Version; also sent as the ETag.</param>
public sealed record WebhookResponse(
    string Id, string Name, string Url, IReadOnlyList<string> EventTypes, bool Active, int ConsecutiveFailures,
    DateTimeOffset? DisabledAt, string? DisabledReason, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Version) : IVersioned;

/// <summary>One delivery of an event to a subscription.</summary>
/// <param name="Id" example="120">Delivery id (for redelivery).</param>
/// <param name="WebhookId" example="msg_0195d3c1a4b87c6d9e0f1a2b3c4d5e6f">The webhook-id header: the idempotency key, the same on every attempt.</param>
/// <param name="EventId" example="evt_0195d3c1a4b87c6d9e0f1a2b3c4d5e6f">The event's id (payload id).</param>
/// <param name="EventType" example="readiness.changed">The event's type.</param>
/// <param name="Status" example="pending">pending, succeeded or failed (given up).</param>
/// <param name="Attempts" example="2">Attempts so far.</param>
/// <param name="NextAttemptAt">When a pending delivery is tried next.</param>
/// <param name="LastStatusCode" example="503">HTTP status of the last attempt.</param>
/// <param name="LastError" example="HTTP 503">Error of the last attempt.</param>
/// <param name="CreatedAt">When it was queued.</param>
/// <param name="CompletedAt">When it succeeded or was given up.</param>
public sealed record DeliveryResponse(
    string Id, string WebhookId, string? EventId, string EventType, string Status, int Attempts, DateTimeOffset NextAttemptAt,
    int? LastStatusCode, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt);

/// <summary>One delivery with what was sent and every attempt.</summary>
/// <param name="Delivery">The delivery.</param>
/// <param name="Payload">The JSON body sent.</param>
/// <param name="AttemptLog">Every attempt, oldest first.</param>
public sealed record DeliveryDetailResponse(DeliveryResponse Delivery, WebhookEventPayload Payload, IReadOnlyList<DeliveryAttemptResponse> AttemptLog);

/// <param name="Attempt" example="1">1-based attempt number.</param>
/// <param name="AttemptedAt">When it started.</param>
/// <param name="DurationMs" example="84">How long it took.</param>
/// <param name="StatusCode" example="200">HTTP status (null when no answer came).</param>
/// <param name="Succeeded" example="true">Whether the receiver answered 2xx.</param>
/// <param name="Error" example="timeout">What went wrong.</param>
public sealed record DeliveryAttemptResponse(int Attempt, DateTimeOffset AttemptedAt, int DurationMs, int? StatusCode, bool Succeeded, string? Error);

/// <summary>
/// The JSON body of every webhook delivery (POST, <c>Content-Type: application/json</c>), signed per Standard
/// Webhooks: headers <c>webhook-id</c> (idempotency key), <c>webhook-timestamp</c> (Unix seconds) and
/// <c>webhook-signature</c> (<c>v1,</c> base64 HMAC-SHA256 of <c>{id}.{timestamp}.{body}</c> keyed with the
/// base64-decoded part of the <c>whsec_</c> secret). No personal data: ids and states only.
/// </summary>
/// <param name="Id" example="evt_0195d3c1a4b87c6d9e0f1a2b3c4d5e6f">The event's id.</param>
/// <param name="Type" example="readiness.changed">The event type.</param>
/// <param name="OccurredAt">When the change committed.</param>
/// <param name="Subject">What the event is about.</param>
/// <param name="Data">The event's facts; which members are present depends on the type (see GET /webhooks/event-types).</param>
public sealed record WebhookEventPayload(string Id, string Type, DateTimeOffset OccurredAt, WebhookEventSubject Subject, WebhookEventData Data);

/// <param name="Type" example="business">business, training_registration, export_case, export_case_document, aid_distribution, loan_referral.</param>
/// <param name="Id" example="12">The subject's id.</param>
public sealed record WebhookEventSubject(string Type, string Id);

/// <summary>The facts of an event (members by event type; absent when they do not apply).</summary>
/// <param name="BusinessId" example="12">The business concerned.</param>
/// <param name="Status" example="active">business.changed: the business's status.</param>
/// <param name="IsReady" example="true">readiness.changed: whether the business now meets every e-katalog requirement.</param>
/// <param name="MissingCount" example="0">readiness.changed: how many requirements are missing.</param>
/// <param name="From" example="eligible">Status or stage before (e-katalog, export case, loan).</param>
/// <param name="To" example="listed">Status or stage after.</param>
/// <param name="SessionId" example="3">Training session.</param>
/// <param name="RegistrationId" example="41">Training registration.</param>
/// <param name="Count" example="18">training.attendance.recorded: registrations recorded.</param>
/// <param name="ExportCaseId" example="7">Export case.</param>
/// <param name="DocumentId" example="55">export_case.document.verified: the document.</param>
/// <param name="DocumentType" example="phytosanitary_certificate">export_case.document.verified: its type.</param>
/// <param name="AidDistributionId" example="9">aid.delivered: the distribution.</param>
/// <param name="GroupId" example="2">aid.delivered: the receiving group.</param>
/// <param name="LoanReferralId" example="14">loan.status_changed: the referral.</param>
public sealed record WebhookEventData(
    string? BusinessId = null, string? Status = null, bool? IsReady = null, int? MissingCount = null, string? From = null, string? To = null,
    string? SessionId = null, string? RegistrationId = null, int? Count = null, string? ExportCaseId = null, string? DocumentId = null,
    string? DocumentType = null, string? AidDistributionId = null, string? GroupId = null, string? LoanReferralId = null);

/// <param name="Type" example="readiness.changed">Event type to subscribe to.</param>
/// <param name="Description" example="A business's e-katalog readiness changed (data: businessId, isReady, missingCount).">What it means and what its data holds.</param>
public sealed record EventTypeResponse(string Type, string Description);
