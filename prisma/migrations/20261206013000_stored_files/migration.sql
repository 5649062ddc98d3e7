-- Media files kept in PostgreSQL (VIGIL_MEDIA_STORAGE=postgres, lib/storage/README.md): one row
-- per file, its bytes in chunks of at most 256 KiB, so that reads and writes stream.
CREATE TABLE "StoredFile" (
    "id" BIGSERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "byteSize" BIGINT NOT NULL,
    "chunkCount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "StoredFileChunk" (
    "fileId" BIGINT NOT NULL,
    "position" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "StoredFileChunk_pkey" PRIMARY KEY ("fileId","position")
);

CREATE UNIQUE INDEX "StoredFile_key_key" ON "StoredFile"("key");

ALTER TABLE "StoredFileChunk" ADD CONSTRAINT "StoredFileChunk_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- JPEG, WebP and PDF bytes do not shrink: EXTERNAL keeps them out of line in TOAST without
-- spending CPU on a compression attempt at every write.
ALTER TABLE "StoredFileChunk" ALTER COLUMN "data" SET STORAGE EXTERNAL;
