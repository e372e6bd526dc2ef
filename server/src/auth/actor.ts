/** Who makes a request, taken from the session only: a payload can never claim another user or practice. */
import type { Role } from '../../../src/domain';

export interface Actor {
  userId: string;
  userName: string;
  email: string;
  /** The role the account acts in (authorship, audit): its first clinical role, else its only one. */
  role: Role;
  /** Every role the account holds in the practice; the access policy allows what any of them allows. */
  roles: readonly Role[];
  practiceId: string;
  practiceName: string;
  isSharedDevice: boolean;
}
