/** The asset is still used by content; deleting it would silently remove a photo or a file. */
export class MediaInUseError extends Error {
  override name = "MediaInUseError";
  constructor(
    readonly assetId: string,
    readonly usageCount: number,
  ) {
    super(`Media asset ${assetId} is used ${usageCount} time(s) and cannot be deleted.`);
  }
}
