namespace Vrss.Grains.Media.Storage;

/// <summary>The outcome of a PUT to a Local upload URL.</summary>
public enum LocalUploadResult
{
    /// <summary>The bytes were stored.</summary>
    Stored,

    /// <summary>The URL's signature is wrong.</summary>
    InvalidToken,

    /// <summary>The URL (or its upload) expired.</summary>
    Expired,

    /// <summary>The request's Content-Type is not the signed one.</summary>
    WrongContentType,

    /// <summary>The body is larger than the URL allows.</summary>
    TooLarge,

    /// <summary>The body is shorter than the declared size.</summary>
    TooShort,

    /// <summary>The upload already has its body (or one is arriving, or it completed).</summary>
    AlreadyReceived,

    /// <summary>The upload failed verification or was deleted.</summary>
    Closed,
}
