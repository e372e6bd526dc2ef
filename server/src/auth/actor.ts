/** Who makes a request, taken from the session only: a payload can never claim another user or practice. */
import type { Role } from '../../../src/domain';

export interface Actor {
  userId: string;
  userName: string;
  email: string;
  role: Role;
  practiceId: string;
  practiceName: string;
  isSharedDevice: boolean;
}
