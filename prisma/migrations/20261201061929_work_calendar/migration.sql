-- CreateEnum
CREATE TYPE "CalendarDayKind" AS ENUM ('HOLIDAY', 'WORKDAY');

-- CreateEnum
CREATE TYPE "CalendarDaySource" AS ENUM ('PACKAGE', 'ADMIN');

-- CreateTable
CREATE TABLE "WorkCalendarDay" (
    "id" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "CalendarDayKind" NOT NULL,
    "name" TEXT NOT NULL,
    "source" "CalendarDaySource" NOT NULL,
    "removedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkCalendarDay_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WorkCalendarDay_date_key" ON "WorkCalendarDay"("date");

-- CreateIndex
CREATE INDEX "WorkCalendarDay_year_idx" ON "WorkCalendarDay"("year");
