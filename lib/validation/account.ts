// Inputs of the password acts: a user changing their own, an administrator setting a temporary one.
// Passwords are not trimmed: a space is part of a password.
import { z } from "zod";

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
  confirmPassword: z.string().min(1).max(200),
});

export const resetPasswordInput = z.object({ userId: z.string().min(1).max(60), password: z.string().min(1).max(200) });
