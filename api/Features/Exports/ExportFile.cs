namespace MedanUmkm.Api.Features.Exports;

/// <summary>A download written while it is produced: name, media type and the writer.</summary>
public sealed record ExportFile(string FileName, string ContentType, Func<Stream, CancellationToken, Task> WriteAsync);
