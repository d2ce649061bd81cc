using MedanUmkm.Api.Infrastructure.Texts;
using System.Security.Cryptography;
using MedanUmkm.Api.Infrastructure.Errors;

namespace MedanUmkm.Api.Features.Products;

/// <summary>What a photo upload may be: JPEG, PNG or WebP recognised by its first bytes, at most 5 MB.</summary>
public static class PhotoRules
{
    public const int MaxPhotoBytes = 5 * 1024 * 1024;
    /// <summary>Request body limit for the upload endpoint: the photo plus the multipart envelope.</summary>
    public const long MaxUploadRequestBytes = MaxPhotoBytes + 64 * 1024;
    public const int MaxPhotosPerProduct = 10;

    /// <summary>The image type by magic bytes, or null when the content is none of the accepted types.</summary>
    public static string? Sniff(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF) return "image/jpeg";
        if (b.Length >= 8 && b[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })) return "image/png";
        if (b.Length >= 12 && b[..4].SequenceEqual("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8)) return "image/webp";
        return null;
    }

    public static string Hash(byte[] content) => Convert.ToHexString(SHA256.HashData(content)).ToLowerInvariant();

    /// <summary>Strong ETag of photo bytes (content hash, so every API instance gives the same one).</summary>
    public static string ETagOf(string sha256) => $"\"{sha256[..32]}\"";
}

/// <summary>415: the uploaded content is not an accepted image type.</summary>
public sealed class UnsupportedPhotoTypeException() : DomainException(ServerTexts.Get("title.415"), ServerTexts.Get("photo_type_unsupported"))
{
    public override int StatusCode => StatusCodes.Status415UnsupportedMediaType;
}

/// <summary>413: the uploaded photo is larger than allowed.</summary>
public sealed class PhotoTooLargeException() : DomainException(ServerTexts.Get("title.413"),
    ServerTexts.Get("photo_too_large", ("maxMb", PhotoRules.MaxPhotoBytes / (1024 * 1024))))
{
    public override int StatusCode => StatusCodes.Status413PayloadTooLarge;
}
