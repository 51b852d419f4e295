using Vrss.GrainInterfaces.Media;

namespace Vrss.WebFront.Media;

/// <summary>The output of <c>media.completeUpload</c>.</summary>
public sealed record MediaOutput(MediaView Media);
